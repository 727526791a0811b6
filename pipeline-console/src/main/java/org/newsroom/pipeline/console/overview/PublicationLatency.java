package org.newsroom.pipeline.console.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsroom.pipeline.console.lineage.LineageStatistics;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.contract.lineage.PublicationDetail;

/**
 * End-to-end figures of the latest publications: from the revision's arrival (ingest's
 * acceptance) to its publication, from the CMS time where that is recent, and apart from
 * both the delay of embargo releases after the embargo's end.
 */
final class PublicationLatency {

	// What publish writes in a step's detail when it announces for another reason than
	// news.

	private static final List<String> NOT_NEWS = List.of("metadata refreshed", "resumed", "announced again");

	private final List<Long> fromArrival = new ArrayList<>();

	private final List<Long> fromCmsTime = new ArrayList<>();

	private final List<Long> releaseDelay = new ArrayList<>();

	private PublicationLatency() {
	}

	static PublicationLatency of(LineageStatistics statistics, OverviewProperties properties) {
		List<LineageEvent> published = statistics.latest(properties.publishStage(),
				List.of(LineageOutcome.PUBLISHED, LineageOutcome.UPDATED), properties.latencySample());
		Set<String> items = new LinkedHashSet<>();
		published.forEach((event) -> items.add(event.contentId()));
		Map<String, Instant> arrived = byRevision(
				items.isEmpty() ? List.of() : statistics.of(items, properties.arrivalStage(), LineageOutcome.ACCEPTED));
		Map<String, Instant> embargoEnds = new HashMap<>();
		if (!items.isEmpty()) {
			statistics.of(items, properties.publishStage(), LineageOutcome.EMBARGOED).forEach((event) -> {
				Instant until = PublicationDetail.embargoEnd(event);
				if (until != null) {
					embargoEnds.put(key(event), until);
				}
			});
		}
		PublicationLatency latency = new PublicationLatency();
		published.forEach((event) -> latency.add(event, arrived, embargoEnds, properties.cmsTimeWithin()));
		return latency;
	}

	private void add(LineageEvent event, Map<String, Instant> arrived, Map<String, Instant> embargoEnds,
			Duration cmsTimeWithin) {
		String detail = (event.detail() != null) ? event.detail() : "";
		if (PublicationDetail.isRelease(event)) {
			Instant end = (event.embargoEnd() != null) ? event.embargoEnd() : embargoEnds.get(key(event));
			if (end != null) {
				this.releaseDelay.add(Math.max(0, Duration.between(end, event.at()).toMillis()));
			}
			return;
		}
		if (NOT_NEWS.stream().anyMatch(detail::contains)) {
			return;
		}
		Instant arrival = arrived.get(key(event));
		if (arrival != null && !arrival.isAfter(event.at())) {
			this.fromArrival.add(Duration.between(arrival, event.at()).toMillis());
		}
		if (event.cmsTime() != null) {
			Duration sinceCms = Duration.between(event.cmsTime(), event.at());
			if (!sinceCms.isNegative() && sinceCms.compareTo(cmsTimeWithin) <= 0) {
				this.fromCmsTime.add(sinceCms.toMillis());
			}
		}
	}

	Percentiles fromArrival() {
		return Percentiles.of(this.fromArrival);
	}

	Percentiles fromCmsTime() {
		return Percentiles.of(this.fromCmsTime);
	}

	Percentiles releaseDelay() {
		return Percentiles.of(this.releaseDelay);
	}

	// The latest acceptance of a revision is the arrival that led to its publication.
	private static Map<String, Instant> byRevision(List<LineageEvent> events) {
		Map<String, Instant> at = new HashMap<>();
		events.forEach((event) -> at.put(key(event), event.at()));
		return at;
	}

	private static String key(LineageEvent event) {
		return event.contentId() + ":" + event.revision();
	}

}
