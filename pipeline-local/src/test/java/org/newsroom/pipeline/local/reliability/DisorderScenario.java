package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.reliability.Figures.Row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every CMS event twice, revisions shuffled per item, then the stage events of
 * {@code content.ingested.v1} and {@code content.enriched.v1} sent again oldest last: the
 * newest revision wins everywhere and the outbound topic never goes back.
 */
final class DisorderScenario {

	private static final String PREFIX = "rel-disorder";

	private static final int REVISIONS = 3;

	private static final Pattern TITLE = Pattern.compile("Meldung (" + PREFIX + "-\\d+) Fassung (\\d+)");

	private final Broker broker;

	private final Figures figures;

	private final Scale scale;

	DisorderScenario(Broker broker, Figures figures, Scale scale) {
		this.broker = broker;
		this.figures = figures;
		this.scale = scale;
	}

	void run() throws IOException {
		Instant start = Instant.now();
		List<Outgoing> cms = shuffledTwice();
		this.broker.send(Topics.CMS_CONTENT, cms);
		Map<String, Long> newest = new HashMap<>();
		cms.forEach((record) -> newest.put(record.key(), (long) REVISIONS));
		FaultSuiteTests.settle(PREFIX, newest, Set.of());
		int resent = resendNewestFirst(Topics.CONTENT_INGESTED) + resendNewestFirst(Topics.CONTENT_ENRICHED);
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> this.broker.caughtUp("enrich-service", Topics.CONTENT_INGESTED)
					&& this.broker.caughtUp("publish-service", Topics.CONTENT_ENRICHED));
		Tally tally = FaultSuiteTests.settle(PREFIX, newest, Set.of());
		this.figures.add(Row.of("Duplicates and disorder (CMS twice, shuffled; stage events re-sent)",
				newest.size() + " items x " + REVISIONS + " revisions x 2, + " + resent + " stage events",
				cms.size() + resent, 0, tally, start));
		FaultSuiteTests.assertClean(tally);
		assertOutboundNeverGoesBack();
		assertFeedHoldsNewest();
	}

	private List<Outgoing> shuffledTwice() {
		List<Outgoing> records = new ArrayList<>();
		for (int n = 0; n < this.scale.disorderItems(); n++) {
			for (long revision = 1; revision <= REVISIONS; revision++) {
				Outgoing event = CmsRecords.article(PREFIX + "-" + n, revision);
				records.add(event);
				records.add(event);
			}
		}
		// Records of one item share a partition, so a global shuffle shuffles each item.
		Collections.shuffle(records, new Random(8));
		return records;
	}

	/** Sends a stage topic's records of this scenario again, in reverse order. */
	private int resendNewestFirst(String topic) {
		List<Outgoing> copies = new ArrayList<>();
		for (ConsumerRecord<String, byte[]> record : this.broker.readAll(topic)) {
			if (record.key() != null && record.key().startsWith(PREFIX + "-")) {
				List<Header> headers = new ArrayList<>();
				record.headers().forEach(headers::add);
				copies.add(new Outgoing(record.key(), headers, record.value()));
			}
		}
		Collections.reverse(copies);
		this.broker.send(topic, copies);
		return copies.size();
	}

	private void assertOutboundNeverGoesBack() {
		Map<String, Long> last = new HashMap<>();
		for (ConsumerRecord<String, byte[]> record : this.broker.readAll(Topics.CONTENT_PUBLISHED)) {
			if (record.key() != null && record.key().startsWith(PREFIX + "-")) {
				long revision = Long.parseLong(Broker.header(record, "ce_id").split(":")[1]);
				assertThat(revision).as(record.key()).isGreaterThan(last.getOrDefault(record.key(), 0L));
				last.put(record.key(), revision);
			}
		}
		assertThat(last).hasSize(this.scale.disorderItems())
			.allSatisfy((id, revision) -> assertThat(revision).isEqualTo(REVISIONS));
	}

	private void assertFeedHoldsNewest() throws IOException {
		String rss = ServiceProbe.get(FaultSuiteTests.service("publish").resolve("/feeds/all.rss")).body();
		Matcher titles = TITLE.matcher(rss);
		int seen = 0;
		while (titles.find()) {
			assertThat(Long.parseLong(titles.group(2))).as(titles.group(1)).isEqualTo(REVISIONS);
			seen++;
		}
		assertThat(seen).as("items of this scenario in the feed").isPositive();
	}

}
