package org.newsroom.pipeline.publish.publication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;
import org.newsroom.pipeline.support.stage.StageEngine;
import org.newsroom.pipeline.support.test.KafkaTestClient;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * Embargoed items reach the channels only after their time, once, whatever the number of
 * instances releasing them.
 */
class EmbargoReleaseTests extends PublishServiceTestBase {

	@Autowired
	PublicationStore store;

	@Autowired
	PublicationStage stage;

	@Autowired
	StageEngine engine;

	@Autowired
	EmbargoProperties properties;

	@Test
	void showsAnEmbargoedItemOnlyAfterItsTimeAndWithinTwoSeconds() throws Exception {
		Instant embargo = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
		send(TestEvents.article("embargo-soon", 1, "embargo-desk", "Sperrfrist bis gleich", embargo));
		await().atMost(WAIT).until(() -> this.store.find("embargo-soon") != null);
		assertThat(get("/feeds/sections/embargo-desk.rss", null).body()).doesNotContain("Sperrfrist bis gleich");
		assertThat(get("/api/v1/content/embargo-soon", null).statusCode()).isEqualTo(404);

		await().atMost(Duration.between(Instant.now(), embargo.plusSeconds(2)))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> get("/feeds/sections/embargo-desk.rss", null).body().contains("Sperrfrist bis gleich"));
		assertThat(Instant.now()).isAfterOrEqualTo(embargo);
		assertThat(json(get("/api/v1/content/embargo-soon", null)).get("pubstatus").asString()).isEqualTo("usable");

		// the console reads the embargo's end, and that the publication was its release,
		// from the steps themselves
		List<LineageEvent> steps = this.kafka
			.lineageUntil(this.pipeline.topics().lineage(), (all) -> all.stream()
				.anyMatch((e) -> "embargo-soon".equals(e.contentId()) && e.outcome() == LineageOutcome.PUBLISHED), WAIT)
			.stream()
			.filter((e) -> "embargo-soon".equals(e.contentId()) && "publish".equals(e.stage()))
			.toList();
		assertThat(steps).extracting(LineageEvent::outcome, LineageEvent::embargoEnd)
			.containsExactly(tuple(LineageOutcome.EMBARGOED, embargo), tuple(LineageOutcome.PUBLISHED, embargo));
	}

	@Test
	void putsAReleasedItemAtTheTopOfAFullFeedAsNewsAtTheEndOfItsEmbargo() throws Exception {
		Instant embargo = Instant.now().plusSeconds(8).truncatedTo(ChronoUnit.SECONDS);
		send(TestEvents.article("embargo-top", 1, "embargo-top", "Gesperrt und früh gespeichert", embargo));
		await().atMost(WAIT).until(() -> this.store.find("embargo-top") != null);
		String feed = "/feeds/sections/embargo-top.rss";
		assertThat(get(feed, null).body()).doesNotContain("Gesperrt und früh gespeichert");
		IntStream.range(0, 50)
			.forEach((i) -> send(
					TestEvents.article("embargo-top-" + i, 1, "embargo-top", "Später gespeichert " + i, null)));
		await().atMost(WAIT).until(() -> get(feed, null).body().contains("Später gespeichert 49"));

		await().atMost(Duration.between(Instant.now(), embargo.plusSeconds(2)))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> get(feed, null).body().contains("Gesperrt und früh gespeichert"));
		String rss = get(feed, null).body();
		String firstItem = rss.substring(rss.indexOf("<item>"), rss.indexOf("</item>"));
		assertThat(firstItem).contains("Gesperrt und früh gespeichert");
		String pubDate = firstItem.substring(firstItem.indexOf("<pubDate>") + 9, firstItem.indexOf("</pubDate>"));
		assertThat(ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()).isEqualTo(embargo);
		JsonNode item = json(get("/api/v1/content/embargo-top", null));
		assertThat(Instant.parse(item.get("versioncreated").asString())).isEqualTo(embargo);
		JsonNode since = json(get("/api/v1/content?section=embargo-top&since=" + embargo, null));
		assertThat(since.path("items")).extracting((i) -> i.path("uri").asString())
			.contains(ContentItem.URI_PREFIX + "embargo-top");
	}

	@Test
	void releasesEachItemExactlyOnceWhileSeveralReleasersRace() {
		Instant embargo = Instant.now().plusSeconds(3);
		List<String> ids = IntStream.range(0, 8).mapToObj((i) -> "race-" + i).toList();
		ids.forEach((id) -> send(TestEvents.article(id, 1, "race-desk", "Wettlauf " + id, embargo)));
		await().atMost(WAIT).until(() -> ids.stream().allMatch((id) -> this.store.find(id) != null));

		List<String> released = Collections.synchronizedList(new ArrayList<>());
		List<CompletableFuture<Void>> racers = IntStream.range(0, 2)
			.mapToObj((i) -> new EmbargoReleaser(this.store, this.stage, this.engine, this.properties,
					new EmbargoSchedule(this.properties), Clock.systemUTC()))
			.map((releaser) -> CompletableFuture.runAsync(() -> {
				while (!ids.stream().allMatch((id) -> this.store.find(id).released())) {
					released.addAll(releaser.releaseDue());
				}
			}))
			.toList();
		CompletableFuture.allOf(racers.toArray(CompletableFuture[]::new)).join();

		assertThat(released).doesNotHaveDuplicates();
		var records = this.kafka.readUntil(this.pipeline.topics().published(),
				(all) -> ids.stream().allMatch((id) -> count(all, id + ":1:published") >= 1), WAIT);
		ids.forEach((id) -> assertThat(count(records, id + ":1:published")).as(id).isEqualTo(1));
		assertThat(Instant.now()).isAfterOrEqualTo(embargo);
	}

	private static long count(List<? extends org.apache.kafka.clients.consumer.ConsumerRecord<?, ?>> records,
			String ceId) {
		Map<String, Long> counts = records.stream()
			.map((r) -> KafkaTestClient.header(r, "ce_id"))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		return counts.getOrDefault(ceId, 0L);
	}

}
