package org.newsroom.pipeline.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.kafka.DeadLetterHeaders;
import org.newsroom.pipeline.support.test.PipelineInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

class VersioningTests extends IngestTestSupport {

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Test
	void storesAndEmitsARecordDeliveredThreeTimesOnce() {
		for (int i = 0; i < 3; i++) {
			sendCms("thrice-1", EventTypes.PUBLISHED, "evt-thrice-1", article("thrice-1", 1, "Once"));
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> lineageOutcomes("thrice-1").size() == 3);
		assertThat(lineageOutcomes("thrice-1")).containsExactly("ACCEPTED", "DUPLICATE", "DUPLICATE");
		assertThat(stored("thrice-1").getLong("revision")).isEqualTo(1);
		assertThat(ingestedFor("thrice-1")).hasSize(1);
	}

	@Test
	void announcesARevisionOnceWhenItsRepeatArrivesInTheSamePoll() {
		MessageListenerContainer intake = this.listeners.getListenerContainer("cms-intake");
		intake.pause();
		await().atMost(Duration.ofSeconds(30)).until(intake::isContainerPaused);
		try {
			sendCms("inpoll-1", EventTypes.PUBLISHED, "evt-inpoll-1", article("inpoll-1", 1, "Once"));
			sendCms("inpoll-1", EventTypes.PUBLISHED, "evt-inpoll-1", article("inpoll-1", 1, "Once"));
		}
		finally {
			intake.resume();
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> lineageOutcomes("inpoll-1").contains("DUPLICATE"));
		assertThat(lineageOutcomes("inpoll-1")).containsExactly("ACCEPTED", "DUPLICATE");
		assertThat(ingestedFor("inpoll-1")).extracting((r) -> header(r, "ce_id"))
			.containsExactly("inpoll-1:1:ingested");
	}

	@Test
	void withdrawsAnItemAtItsCurrentRevision() {
		sendCms("kill-1", EventTypes.PUBLISHED, "evt-kill-1-r1", article("kill-1", 1, "Published"));
		sendCms("kill-1", EventTypes.WITHDRAWN, "evt-kill-1-w1",
				"{\"contentId\":\"kill-1\",\"kind\":\"article\",\"revision\":1,\"reason\":\"legal\"}");
		await().atMost(Duration.ofSeconds(60)).until(() -> lineageOutcomes("kill-1").size() == 2);
		assertThat(stored("kill-1").getBoolean("withdrawn")).isTrue();
		assertThat(ingestedFor("kill-1")).extracting((r) -> header(r, "ce_id"))
			.containsExactly("kill-1:1:ingested", "kill-1:1:withdrawn");
	}

	@Test
	void deadLettersAWithdrawalOfAnOlderRevisionWithTheReason() {
		sendCms("kill-old-1", EventTypes.UPDATED, "evt-kill-old-1-r2", article("kill-old-1", 2, "Second"));
		sendCms("kill-old-1", EventTypes.WITHDRAWN, "evt-kill-old-1-w1",
				"{\"contentId\":\"kill-old-1\",\"kind\":\"article\",\"revision\":1,\"reason\":\"legal\"}");
		ConsumerRecord<String, byte[]> dead = this.kafka
			.readUntil(Topics.deadLetter(this.properties.topics().cmsContent(), "ingest-service"),
					(records) -> records.stream().anyMatch((r) -> "kill-old-1".equals(r.key())), Duration.ofSeconds(60))
			.stream()
			.filter((r) -> "kill-old-1".equals(r.key()))
			.findFirst()
			.orElseThrow();
		assertThat(header(dead, DeadLetterHeaders.REASON))
			.isEqualTo("a withdrawal of revision 1 cannot take effect: revision 2 of kill-old-1 is stored; "
					+ "withdraw revision 2 or newer");
		await().atMost(Duration.ofSeconds(30)).until(() -> lineageOutcomes("kill-old-1").size() == 2);
		assertThat(lineageOutcomes("kill-old-1")).containsExactly("ACCEPTED", "REJECTED");
		assertThat(stored("kill-old-1").getBoolean("withdrawn")).isFalse();
	}

	@Test
	void keepsRevisionTwoWhenRevisionOneArrivesAfterIt() {
		sendCms("late-1", EventTypes.UPDATED, "evt-late-r2", article("late-1", 2, "Second"));
		sendCms("late-1", EventTypes.PUBLISHED, "evt-late-r1", article("late-1", 1, "First"));
		await().atMost(Duration.ofSeconds(60)).until(() -> lineageOutcomes("late-1").size() == 2);
		assertThat(stored("late-1").getLong("revision")).isEqualTo(2);
		assertThat(stored("late-1").get("content", org.bson.Document.class).getString("headline")).isEqualTo("Second");
		assertThat(ingestedFor("late-1")).extracting((r) -> header(r, "ce_id")).containsExactly("late-1:2:ingested");
	}

	@Test
	void treatsEverythingUpToAWithdrawnRevisionAsStale() {
		sendCms("gone-1", EventTypes.WITHDRAWN, "evt-gone-w3",
				"{\"contentId\":\"gone-1\",\"kind\":\"article\",\"revision\":3,\"reason\":\"legal\"}");
		sendCms("gone-1", EventTypes.UPDATED, "evt-gone-r2", article("gone-1", 2, "Too late"));
		sendCms("gone-1", EventTypes.UPDATED, "evt-gone-r3", article("gone-1", 3, "Also too late"));
		await().atMost(Duration.ofSeconds(60)).until(() -> lineageOutcomes("gone-1").size() == 3);
		assertThat(lineageOutcomes("gone-1")).containsExactly("ACCEPTED", "STALE", "STALE");
		assertThat(stored("gone-1").getBoolean("withdrawn")).isTrue();
		assertThat(stored("gone-1").getLong("revision")).isEqualTo(3);
		assertThat(ingestedFor("gone-1")).extracting((r) -> header(r, "ce_id")).containsExactly("gone-1:3:withdrawn");
	}

	@Test
	void endsShuffledDuplicatedTrafficWithTheHighestRevisionOfEachItemEmittedOncePerNewRevision() {
		Random random = new Random(42);
		List<int[]> events = new ArrayList<>();
		for (int item = 0; item < 50; item++) {
			for (int revision = 1; revision <= 16; revision++) {
				events.add(new int[] { item, revision });
			}
		}
		Collections.shuffle(events, random);
		List<int[]> traffic = new ArrayList<>(events.subList(0, 800));
		for (int i = 0; i < 200; i++) {
			traffic.add(random.nextInt(traffic.size()), traffic.get(random.nextInt(traffic.size())));
		}
		Map<Integer, Integer> highest = new HashMap<>();
		Set<String> everNewest = new HashSet<>();
		for (int[] event : traffic) {
			if (event[1] > highest.getOrDefault(event[0], 0)) {
				highest.put(event[0], event[1]);
				everNewest.add("shuffle-" + event[0] + ":" + event[1] + ":ingested");
			}
			String id = "shuffle-" + event[0];
			sendCms(id, EventTypes.UPDATED, "evt-" + id + "-" + event[1],
					article(id, event[1], "Revision " + event[1]));
		}
		// Each record, every repeat too, has a lineage step of its own once it is
		// handled.
		List<LineageEvent> handled = lineageUntil((steps) -> of("shuffle-", steps).size() >= traffic.size());
		assertThat(of("shuffle-", handled)).filteredOn((step) -> step.outcome() == LineageOutcome.ACCEPTED)
			.hasSize(everNewest.size());
		highest
			.forEach((item, revision) -> assertThat(stored("shuffle-" + item).getLong("revision")).as("item %d", item)
				.isEqualTo(revision.longValue()));
		List<String> ids = ingestedFor("shuffle-").stream().map((r) -> header(r, "ce_id")).toList();
		assertThat(ids).hasSize(everNewest.size()).containsExactlyInAnyOrderElementsOf(everNewest);
	}

	@Test
	void storesEveryRecordThatArrivedWhileTheStoreWasDown() {
		PipelineInfrastructure.get().stopMongo();
		try {
			for (int i = 0; i < 20; i++) {
				sendCms("outage-" + i, EventTypes.PUBLISHED, "evt-outage-" + i, article("outage-" + i, 1, "During"));
			}
			await().atMost(Duration.ofSeconds(30)).until(() -> readiness() == 503);
			assertThat(ingestedFor("outage-")).as("announced while the store was down").isEmpty();
		}
		finally {
			PipelineInfrastructure.get().startMongo();
		}
		for (int i = 20; i < 30; i++) {
			sendCms("outage-" + i, EventTypes.PUBLISHED, "evt-outage-" + i, article("outage-" + i, 1, "After"));
		}
		List<LineageEvent> handled = lineageUntil((steps) -> of("outage-", steps).size() >= 30);
		assertThat(of("outage-", handled)).extracting(LineageEvent::outcome)
			.hasSize(30)
			.containsOnly(LineageOutcome.ACCEPTED);
		for (int i = 0; i < 30; i++) {
			assertThat(stored("outage-" + i)).as("outage-%d", i).isNotNull();
		}
		assertThat(ingestedFor("outage-")).hasSize(30);
	}

	private int readiness() throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/actuator/health/readiness"))
			.build()).statusCode();
	}

	/** The steps of the items whose ids start with a prefix. */
	private static List<LineageEvent> of(String prefix, List<LineageEvent> steps) {
		return steps.stream()
			.filter((step) -> step.contentId() != null && step.contentId().startsWith(prefix))
			.toList();
	}

}
