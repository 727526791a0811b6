// Refreshes the overview every five seconds from /api/v1/overview. Every value is set
// with textContent, so nothing from the pipeline is ever parsed as HTML.
(function () {
	'use strict';
	var REFRESH_MS = 5000;

	function cell(text, test) {
		var td = document.createElement('td');
		td.textContent = text;
		if (test) {
			td.setAttribute('data-test', test);
		}
		return td;
	}

	function ms(micros) {
		return (micros / 1000).toFixed(1);
	}

	// A figure without samples shows a dash, not a zero that looks measured.
	function triple(p, convert) {
		if (!p || p.samples === 0) {
			return '–';
		}
		return convert(p.p50) + ' / ' + convert(p.p95) + ' / ' + convert(p.p99);
	}

	function counts(byOutcome) {
		var td = cell('', 'stage-counts');
		Object.keys(byOutcome).forEach(function (outcome) {
			var span = document.createElement('span');
			span.className = 'count';
			span.setAttribute('data-test', 'stage-count');
			span.setAttribute('data-outcome', outcome);
			var label = document.createElement('span');
			label.textContent = outcome;
			var value = document.createElement('b');
			value.textContent = byOutcome[outcome];
			span.append(label, ' ', value);
			td.appendChild(span);
		});
		return td;
	}

	function stageRow(stage) {
		var tr = document.createElement('tr');
		tr.id = 'stage-' + stage.name;
		tr.setAttribute('data-test', 'stage-row');
		tr.setAttribute('data-stage', stage.name);
		tr.append(cell(stage.name), cell(stage.ratePerMinute.toFixed(1), 'stage-rate'),
			cell(String(stage.total), 'stage-total'), counts(stage.counts),
			cell(triple(stage.durationMicros, ms), 'stage-duration'),
			cell(triple(stage.endToEndMillis, String), 'stage-end-to-end'),
			cell(triple(stage.cmsToPublishMillis, String), 'stage-cms-to-publish'),
			cell(triple(stage.embargoReleaseMillis, String), 'stage-embargo-release'),
			cell(String(stage.deadLetters), 'stage-dead-letters'), cell(String(stage.lag), 'stage-lag'));
		return tr;
	}

	function channelRow(channel) {
		var tr = document.createElement('tr');
		tr.id = 'channel-' + channel.name;
		tr.setAttribute('data-test', 'channel-row');
		var health = cell('', 'channel-health');
		var badge = document.createElement('span');
		badge.className = 'health ' + channel.health;
		badge.textContent = channel.health;
		health.appendChild(badge);
		tr.append(cell(channel.name), health, cell(String(channel.delivered), 'channel-delivered'),
			cell(String(channel.attemptsFailed), 'channel-attempts-failed'),
			cell(String(channel.failedForGood), 'channel-failed'), cell(String(channel.superseded), 'channel-superseded'),
			cell(Math.round(channel.recentFailureRatio * 100) + '%'));
		return tr;
	}

	function lagRow(lag) {
		var tr = document.createElement('tr');
		tr.setAttribute('data-test', 'lag-row');
		tr.setAttribute('data-group', lag.group);
		tr.setAttribute('data-topic', lag.topic);
		tr.append(cell(lag.group), cell(lag.topic), cell(String(lag.partitions)), cell(String(lag.lag), 'lag-value'));
		return tr;
	}

	function fill(tableId, rows, build) {
		var body = document.querySelector('#' + tableId + ' tbody');
		if (body) {
			body.replaceChildren.apply(body, rows.map(build));
		}
	}

	function render(overview) {
		document.getElementById('overview-at').textContent = overview.at;
		document.getElementById('dead-letters-total').textContent = overview.deadLetters;
		document.getElementById('stuck-items').textContent = overview.stuckItems;
		fill('stages', overview.stages, stageRow);
		fill('channels', overview.channels, channelRow);
		fill('lags', overview.lags, lagRow);
		var status = document.getElementById('lag-status');
		status.textContent = (overview.lagStale ? 'The latest read failed; older values shown. ' : '')
			+ 'Read at ' + (overview.lagReadAt || 'not yet') + '.';
		status.className = overview.lagStale ? 'meta error' : 'meta';
	}

	function refresh() {
		fetch('api/v1/overview', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (response.status === 401) {
					window.location.reload();
					return null;
				}
				return response.ok ? response.json() : null;
			})
			.then(function (overview) {
				if (overview) {
					render(overview);
				}
			})
			.catch(function () { /* keep the last values until the next try */ });
	}

	setInterval(refresh, REFRESH_MS);
}());
