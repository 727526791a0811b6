package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.local.LocalStack;
import org.newsroom.pipeline.local.services.ServiceProcess;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.reliability.Figures.Editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a newsroom fears most, counted on the running stack from the outside: killed
 * content reaching an audience after the kill, embargoed content before its time, and a
 * misspelt field publishing an item early.
 */
final class EditorialScenario {

	private static final String PREFIX = "rel-editorial";

	private final Broker broker;

	private final Audit audit;

	private final Subscriber steady;

	private final Subscriber flapping;

	private final Figures figures;

	private final Scale scale;

	private final LocalStack stack;

	EditorialScenario(LocalStack stack, Broker broker, Audit audit, Subscriber steady, Subscriber flapping,
			Figures figures, Scale scale) {
		this.stack = stack;
		this.broker = broker;
		this.audit = audit;
		this.steady = steady;
		this.flapping = flapping;
		this.figures = figures;
		this.scale = scale;
	}

	void run() throws IOException {
		kills();
		takedowns();
		embargoes();
		misspeltEmbargoes();
	}

	/**
	 * Items go live, one subscriber goes down so their deliveries retry, then every item
	 * is killed and the subscriber comes back: it must get the kill, never the content.
	 */
	private void kills() {
		int n = this.scale.editorialItems();
		List<String> ids = ids("kill", n);
		Instant killed = withdrawWhileOneSubscriberIsDown(ids, CmsRecords::withdrawal);
		await().atMost(this.scale.settleTimeout()).until(() -> acked(this.steady, ids, ":1:withdrawn") == n);
		this.flapping.flap(0);
		await().atMost(this.scale.settleTimeout()).until(() -> acked(this.flapping, ids, ":1:withdrawn") == n);

		int afterKill = 0;
		for (Subscriber subscriber : List.of(this.steady, this.flapping)) {
			Map<String, Instant> acks = subscriber.firstSuccessById();
			afterKill += (int) ids.stream()
				.map((id) -> acks.get(id + ":1:published"))
				.filter(Objects::nonNull)
				.filter((at) -> at.isAfter(killed))
				.count();
		}
		await().atMost(this.scale.settleTimeout())
			.until(() -> this.broker.readAll(Topics.CONTENT_PUBLISHED)
				.stream()
				.filter((r) -> ids.contains(r.key()) && EventTypes.WITHDRAWN.equals(Broker.header(r, "ce_type")))
				.map(ConsumerRecord::key)
				.distinct()
				.count() == n);
		Map<String, ConsumerRecord<String, byte[]>> lastOutbound = lastOutbound(ids);
		int lastNotWithdrawal = (int) ids.stream()
			.filter((id) -> lastOutbound.get(id) == null
					|| !EventTypes.WITHDRAWN.equals(Broker.header(lastOutbound.get(id), "ce_type")))
			.count();
		int served = (int) ids.stream().filter(this.audit::servedToAudience).count();
		this.figures.add(new Editorial("Kills (live, one subscriber down and retrying, then withdrawn)", n,
				acked(this.steady, ids, ":1:withdrawn"), "all"));
		this.figures.add(new Editorial("Killed content delivered to a subscriber after the kill", n, afterKill, "0"));
		this.figures.add(new Editorial("Killed items whose last outbound record is not the withdrawal", n,
				lastNotWithdrawal, "0"));
		this.figures.add(new Editorial("Killed items the content API still serves", n, served, "0"));
		assertThat(afterKill).as("killed content delivered after the kill").isZero();
		assertThat(lastNotWithdrawal).as("killed items whose last outbound record is not the withdrawal").isZero();
		assertThat(served).as("killed items still served").isZero();
	}

	/**
	 * Items go live, one subscriber goes down so their deliveries retry, then every item
	 * is taken down: it leaves every channel, and no subscriber hears of it, not even the
	 * one that comes back.
	 */
	private void takedowns() {
		int n = this.scale.editorialItems();
		List<String> ids = ids("takedown", n);
		Instant takenDown = withdrawWhileOneSubscriberIsDown(ids, CmsRecords::takedown);
		await().atMost(this.scale.settleTimeout())
			.until(() -> lastOutbound(ids).values()
				.stream()
				.filter((r) -> EventTypes.WITHDRAWN.equals(Broker.header(r, "ce_type")))
				.count() == n);
		this.flapping.flap(0);
		// the subscriber that was down is back: its retries would come within a few
		// seconds, so neither a notice nor the content may arrive while holding
		AtomicInteger notices = new AtomicInteger();
		AtomicInteger afterTakedown = new AtomicInteger();
		await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10)).until(() -> {
			notices.set(acked(this.steady, ids, ":1:withdrawn") + acked(this.flapping, ids, ":1:withdrawn"));
			Map<String, Instant> acks = this.flapping.firstSuccessById();
			afterTakedown.set((int) ids.stream()
				.map((id) -> acks.get(id + ":1:published"))
				.filter(Objects::nonNull)
				.filter((at) -> at.isAfter(takenDown))
				.count());
			return notices.get() == 0 && afterTakedown.get() == 0;
		});
		int known = (int) ids.stream().filter((id) -> this.audit.apiStatus(id) != 404).count();
		this.figures.add(new Editorial("Takedowns (live, one subscriber down and retrying, then taken down)", n,
				(int) ids.stream().filter((id) -> this.audit.apiStatus(id) == 404).count(), "all"));
		this.figures.add(new Editorial("Takedown notices sent to a subscriber", n, notices.get(), "0"));
		this.figures.add(new Editorial("Taken-down content delivered to a subscriber after the takedown", n,
				afterTakedown.get(), "0"));
		this.figures.add(new Editorial("Taken-down items the content API still knows (not 404)", n, known, "0"));
		assertThat(known).as("taken-down items the API still knows").isZero();
	}

	/**
	 * Items under an embargo a few seconds ahead, with two publish processes releasing
	 * them: nothing of them may reach a channel before it ends, each must be out within 2
	 * s after, and exactly once.
	 */
	private void embargoes() throws IOException {
		ServiceProcess second = this.stack.startInstance("publish");
		try {
			embargoes(second);
		}
		finally {
			second.stop();
		}
	}

	private void embargoes(ServiceProcess second) {
		int n = this.scale.editorialItems();
		List<String> ids = ids("embargo", n);
		// time to store every item before the end, and to ask the API about each several
		// times while they are held
		Instant embargo = Instant.now().plusSeconds(15).plusMillis(100L * n).truncatedTo(ChronoUnit.SECONDS);
		this.broker.send(Topics.CMS_CONTENT,
				ids.stream().map((id) -> CmsRecords.articleWith(id, "embargoedUntil", "\"" + embargo + "\"")).toList());
		// until the end, the content API must not serve any of them; an answer counts as
		// early only when it came back before the end
		AtomicInteger seenEarly = new AtomicInteger();
		await().atMost(Duration.between(Instant.now(), embargo).plusMinutes(1))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				for (String id : ids) {
					if (this.audit.servedToAudience(id) && Instant.now().isBefore(embargo)) {
						seenEarly.incrementAndGet();
					}
				}
				return !Instant.now().isBefore(embargo.minusMillis(1500));
			});
		await().atMost(this.scale.settleTimeout()).until(() -> acked(this.steady, ids, ":1:published") == n);
		await().atMost(this.scale.settleTimeout()).until(() -> firstOutbound(ids).size() == n);
		Map<String, ConsumerRecord<String, byte[]>> outbound = firstOutbound(ids);
		Map<String, Instant> acks = this.steady.firstSuccessById();
		int early = seenEarly.get();
		int late = 0;
		long latest = 0;
		for (String id : ids) {
			Instant sent = Instant.ofEpochMilli(outbound.get(id).timestamp());
			Instant delivered = acks.get(id + ":1:published");
			early += (sent.isBefore(embargo) || delivered.isBefore(embargo)) ? 1 : 0;
			late += sent.isAfter(embargo.plusSeconds(2)) ? 1 : 0;
			latest = Math.max(latest, Duration.between(embargo, sent).toMillis());
		}
		Map<String, Integer> successes = this.steady.successesById();
		int twice = (int) ids.stream()
			.filter((id) -> outboundCount(id, EventTypes.PUBLISHED) > 1
					|| successes.getOrDefault(id + ":1:published", 0) > 1)
			.count();
		this.figures.note("Embargo release, latest outbound record after the embargo's end (ms)", latest);
		this.figures.add(new Editorial("Embargoes released (two publish processes: " + second.name() + " too)", n,
				outbound.size(), "all"));
		this.figures.add(new Editorial("Released twice (outbound topic or webhook)", n, twice, "0"));
		this.figures.add(new Editorial("Released early (API, outbound topic or webhook before the embargo's end)", n,
				early, "0"));
		this.figures
			.add(new Editorial("Released more than 2 s after the embargo's end (outbound topic)", n, late, "0"));
		assertThat(early).as("released early").isZero();
		assertThat(late).as("released late").isZero();
		assertThat(twice).as("released twice").isZero();
	}

	/** A typo of the embargo field must never publish an item early: it is refused. */
	private void misspeltEmbargoes() {
		int n = this.scale.editorialItems();
		List<String> ids = ids("typo", n);
		String future = "\"" + Instant.now().plus(Duration.ofDays(2)) + "\"";
		this.broker.send(Topics.CMS_CONTENT,
				ids.stream().map((id) -> CmsRecords.articleWith(id, "embargoUntil", future)).toList());
		await().atMost(this.scale.settleTimeout())
			.until(() -> deadLettered(ids, "did you mean `embargoedUntil`?") == n);
		int published = firstOutbound(ids).size() + acked(this.steady, ids, ":1:published");
		this.figures.add(new Editorial("Misspelt embargo fields (embargoUntil) dead-lettered with the reason", n,
				deadLettered(ids, "did you mean `embargoedUntil`?"), "all"));
		this.figures.add(new Editorial("Misspelt embargo fields published", n, published, "0"));
		assertThat(published).as("misspelt fields published").isZero();
	}

	/**
	 * Puts the items live while the flapping subscriber fails every request, so their
	 * deliveries to it retry, then sends their withdrawals.
	 * @return when the withdrawals were sent
	 */
	private Instant withdrawWhileOneSubscriberIsDown(List<String> ids, BiFunction<String, Long, Outgoing> withdrawal) {
		this.flapping.flap(1.0);
		this.broker.send(Topics.CMS_CONTENT, ids.stream().map((id) -> CmsRecords.article(id, 1)).toList());
		await().atMost(this.scale.settleTimeout())
			.until(() -> acked(this.steady, ids, ":1:published") == ids.size() && this.flapping.failuresAnswered() > 0);
		Instant sent = Instant.now();
		this.broker.send(Topics.CMS_CONTENT, ids.stream().map((id) -> withdrawal.apply(id, 1L)).toList());
		return sent;
	}

	private int deadLettered(List<String> ids, String reason) {
		return (int) this.broker.readDeadLetters()
			.stream()
			.filter((r) -> ids.contains(r.key()))
			.filter((r) -> String.valueOf(Broker.header(r, Audit.DEAD_LETTER_REASON)).contains(reason))
			.map(ConsumerRecord::key)
			.distinct()
			.count();
	}

	private long outboundCount(String id, String type) {
		return this.broker.readAll(Topics.CONTENT_PUBLISHED)
			.stream()
			.filter((r) -> id.equals(r.key()) && type.equals(Broker.header(r, "ce_type")))
			.count();
	}

	private Map<String, ConsumerRecord<String, byte[]>> lastOutbound(List<String> ids) {
		return outbound(ids, Comparator.comparingLong(ConsumerRecord::offset));
	}

	private Map<String, ConsumerRecord<String, byte[]>> firstOutbound(List<String> ids) {
		return outbound(ids,
				Comparator.<ConsumerRecord<String, byte[]>>comparingLong(ConsumerRecord::offset).reversed());
	}

	private Map<String, ConsumerRecord<String, byte[]>> outbound(List<String> ids,
			Comparator<ConsumerRecord<String, byte[]>> order) {
		return this.broker.readAll(Topics.CONTENT_PUBLISHED)
			.stream()
			.filter((r) -> ids.contains(r.key()))
			.collect(Collectors.toMap(ConsumerRecord::key, Function.identity(),
					(a, b) -> (order.compare(a, b) >= 0) ? a : b));
	}

	private static int acked(Subscriber subscriber, List<String> ids, String suffix) {
		Map<String, Integer> acks = subscriber.successesById();
		return (int) ids.stream().filter((id) -> acks.containsKey(id + suffix)).count();
	}

	private static List<String> ids(String kind, int n) {
		return IntStream.range(0, n).mapToObj((i) -> PREFIX + "-" + kind + "-" + i).toList();
	}

}
