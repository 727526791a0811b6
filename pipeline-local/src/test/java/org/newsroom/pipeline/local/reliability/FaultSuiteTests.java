package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.LocalOptions;
import org.newsroom.pipeline.local.LocalStack;
import org.newsroom.pipeline.local.broker.KafkaBroker;
import org.newsroom.pipeline.local.reliability.Figures.Row;
import org.newsroom.pipeline.local.services.ServiceProcess;
import org.newsroom.pipeline.local.store.EmbeddedMongo;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault suite: one real local stack (KRaft broker and services as child JVMs,
 * embedded MongoDB on an H2 file), faults injected one scenario after the other, and the
 * figures of {@code docs/reliability.md} written from what the stack did.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultSuiteTests {

	static final Scale scale = Scale.current();

	static final Figures figures = new Figures(scale);

	static LocalStack stack;

	static Subscriber steady;

	static Subscriber flapping;

	static Broker broker;

	static Audit audit;

	@BeforeAll
	static void startStackWithTwoSubscribers() throws IOException {
		Path dir = Figures.DIR.resolve("stack").toAbsolutePath();
		FileSystemUtils.deleteRecursively(dir);
		Files.createDirectories(faultFile("ingest").getParent());
		LocalOptions options = LocalOptions.isolated(dir).withDemo(false);
		for (String name : List.of("ingest", "enrich", "publish", "console")) {
			// A killed consumer's partitions wait for its session to expire (45 s by
			// default) before the restarted one gets them; 10 s keeps the suite short.
			options = options.withServiceArgument(name, "--spring.kafka.consumer.properties.session.timeout.ms=10000")
				.withServiceArgument(name, "--pipeline.fault-point-file=" + faultFile(name));
		}
		stack = LocalStack.start(options.withServiceArgument("publish", "--publish.webhooks.allowed-cidrs=127.0.0.0/8")
			.withServiceArgument("publish", "--publish.webhooks.retry-schedule=0s,200ms,500ms,1s,2s,2s,2s,2s")
			.withServiceArgument("publish", "--publish.webhooks.request-timeout=2s")
			// A delivery claimed by a killed publish goes to the restarted one sooner.
			.withServiceArgument("publish", "--publish.webhooks.lease=10s")
			.withServiceArgument("publish", "--publish.webhooks.breaker.wait-in-open-state=2s")
			// Two subscribers get every item of every scenario: four delivery threads
			// keep
			// up with them, as a deployment with many subscribers would set.
			.withServiceArgument("publish", "--publish.webhooks.workers=4")
			// A backfill whose enrich was killed goes on sooner after the restart.
			.withServiceArgument("enrich", "--enrich.backfill.lease=10s")
			.withServiceArgument("enrich", "--enrich.backfill.resume-interval=2s"));
		steady = Subscriber.start(Duration.ofSeconds(3));
		flapping = Subscriber.start(Duration.ofSeconds(3));
		subscribe(steady);
		subscribe(flapping);
		broker = new Broker(stack.endpoints().bootstrapServers());
		audit = new Audit(broker, stack.endpoints().mongoUri(), service("publish"), List.of(steady, flapping));
	}

	@AfterAll
	static void stopStack() {
		if (audit != null) {
			audit.close();
		}
		if (steady != null) {
			steady.close();
			flapping.close();
		}
		if (stack != null) {
			stack.close();
		}
	}

	@Order(1)
	@ParameterizedTest
	@MethodSource("crashedServices")
	void publishesEveryEventOnceAfterAServiceWasKilled(String name) throws IOException {
		Instant start = Instant.now();
		String prefix = "rel-crash-" + name;
		int events = scale.crashEvents();
		List<Outgoing> first = CmsRecords.articles(prefix, 0, events / 2);
		List<Outgoing> second = CmsRecords.articles(prefix, events / 2, events);
		ServiceProcess service = stack.service(name).orElseThrow();
		broker.send(Topics.CMS_CONTENT, first);
		await().atMost(Duration.ofMinutes(3)).until(() -> audit.stored(prefix, Audit.firstRevisions(first)) > 0);
		service.kill();
		assertThat(service.isRunning()).isFalse();
		Set<String> inFlight = audit.deliveriesInFlight(prefix);
		broker.send(Topics.CMS_CONTENT, second);
		service.start();
		List<Outgoing> all = new ArrayList<>(first);
		all.addAll(second);
		Tally tally = settle(prefix, Audit.firstRevisions(all), Set.of(), inFlight);
		figures.add(Row.of("Crash " + name + " (SIGKILL mid-stream, restart)", events + " events", events, 0, tally,
				start));
		assertClean(tally);
	}

	@Order(2)
	@Test
	void losesNothingWhileMongoIsDownAndReportsNotReady() throws IOException {
		Instant start = Instant.now();
		String prefix = "rel-mongo";
		int events = scale.outageEvents();
		URI ingest = service("ingest");
		EmbeddedMongo store = stack.store().orElseThrow();
		broker.send(Topics.CMS_CONTENT, CmsRecords.articles(prefix, 0, events / 2));
		Instant down = Instant.now();
		store.stop();
		await().atMost(Duration.ofMinutes(2)).until(() -> ServiceProbe.readiness(ingest) == 503);
		broker.send(Topics.CMS_CONTENT, CmsRecords.articles(prefix, events / 2, events));
		// The outage itself: the store stays down for its whole duration.
		await().atMost(scale.mongoOutage().plusMinutes(2))
			.until(() -> Duration.between(down, Instant.now()).compareTo(scale.mongoOutage()) >= 0);
		store.start();
		for (String name : List.of("ingest", "enrich", "publish")) {
			await().atMost(Duration.ofMinutes(3)).until(() -> ServiceProbe.readiness(service(name)) == 200);
		}
		Tally tally = settle(prefix, Audit.firstRevisions(CmsRecords.articles(prefix, 0, events)), Set.of());
		figures.add(Row.of("MongoDB down " + scale.mongoOutage().toSeconds() + " s (readiness DOWN, then UP)",
				events + " events", events, 0, tally, start));
		assertClean(tally);
	}

	@Order(3)
	@Test
	void losesNothingWhenTheBrokerRestarts() throws IOException {
		Instant start = Instant.now();
		String prefix = "rel-broker";
		int events = scale.outageEvents();
		KafkaBroker kafka = stack.broker().orElseThrow();
		List<Outgoing> first = CmsRecords.articles(prefix, 0, events / 2);
		broker.send(Topics.CMS_CONTENT, first);
		await().atMost(Duration.ofMinutes(3)).until(() -> audit.stored(prefix, Audit.firstRevisions(first)) > 0);
		kafka.stop();
		assertThat(kafka.isRunning()).isFalse();
		kafka.start();
		broker.send(Topics.CMS_CONTENT, CmsRecords.articles(prefix, events / 2, events));
		Tally tally = settle(prefix, Audit.firstRevisions(CmsRecords.articles(prefix, 0, events)), Set.of());
		figures.add(Row.of("Broker restart mid-stream", events + " events", events, 0, tally, start));
		assertClean(tally);
	}

	@Order(4)
	@Test
	void deliversEverythingOnceToAFlappingSubscriber() {
		Instant start = Instant.now();
		String prefix = "rel-flapping";
		int events = scale.flappingEvents();
		flapping.flap(0.3);
		int failuresBefore = flapping.failuresAnswered();
		broker.send(Topics.CMS_CONTENT, CmsRecords.articles(prefix, 0, events));
		Tally tally = settle(prefix, Audit.firstRevisions(CmsRecords.articles(prefix, 0, events)), Set.of());
		flapping.flap(0);
		int failures = flapping.failuresAnswered() - failuresBefore;
		figures.add(Row.of("Flapping subscriber (30 % answered 500 or too late)",
				events + " events, " + failures + " failed attempts", events, 0, tally, start));
		assertThat(failures).isGreaterThan(events / 10);
		assertClean(tally);
	}

	@Order(5)
	@Test
	void deadLettersHostileRecordsWithoutRestartsAndPublishesTheRest() throws Exception {
		new HostileInputScenario(broker, figures, scale).run();
	}

	@Order(6)
	@Test
	void keepsTheNewestRevisionDespiteDuplicatesAndDisorder() throws Exception {
		new DisorderScenario(broker, figures, scale).run();
	}

	/**
	 * Halts a stage at one window of the stage protocol (a test-only fault point inside
	 * the real process, not a mocked exception), restarts it, and checks what the
	 * outbound topic, both subscribers and the content API got.
	 */
	@Order(7)
	@ParameterizedTest(name = "{0} at {1}")
	@MethodSource("faultPoints")
	void publishesEveryEventOnceAfterAStageHaltedAtAFaultPoint(String name, String point) throws IOException {
		Instant start = Instant.now();
		String prefix = "rel-fault-" + name + "-" + point;
		List<Outgoing> records = CmsRecords.articles(prefix, 0, scale.faultEvents());
		ServiceProcess service = stack.service(name).orElseThrow();
		Files.writeString(faultFile(name), point);
		broker.send(Topics.CMS_CONTENT, records);
		await().atMost(Duration.ofMinutes(2)).until(() -> !service.isRunning());
		assertThat(faultFile(name)).as("the process halted at the fault point").doesNotExist();
		// Webhooks are at least once across a crash of publish: a request under way when
		// it died may have reached its subscriber, and is sent again under the same id.
		Set<String> inFlight = audit.deliveriesInFlight(prefix);
		service.start();
		Tally tally = settle(prefix, Audit.firstRevisions(records), Set.of(), inFlight);
		figures.add(Row.of("Halt " + name + " " + point + " (fault point, restart)", records.size() + " events",
				records.size(), 0, tally, start));
		assertClean(tally);
	}

	/**
	 * The services in the path of every item; the console too in the long run, where
	 * killing it must leave the pipeline untouched.
	 */
	static Stream<String> crashedServices() {
		return "long".equals(scale.name()) ? Stream.of("ingest", "enrich", "publish", "console")
				: Stream.of("ingest", "enrich", "publish");
	}

	/**
	 * Every window in publish, whose crash has the most to lose (outbound topic,
	 * webhooks, API); ingest and enrich run the same engine, so the build halts each at
	 * one window, the long run at two.
	 */
	static Stream<Arguments> faultPoints() {
		Stream<Arguments> publish = Stream.of("after-write", "after-send", "after-ack", "after-commit")
			.map((point) -> Arguments.of("publish", point));
		Stream<Arguments> others = "long".equals(scale.name())
				? Stream.of(Arguments.of("ingest", "after-write"), Arguments.of("ingest", "after-ack"),
						Arguments.of("enrich", "after-send"), Arguments.of("enrich", "after-commit"))
				: Stream.of(Arguments.of("ingest", "after-write"), Arguments.of("enrich", "after-commit"));
		return Stream.concat(publish, others);
	}

	@Order(8)
	@Test
	void neverLetsKilledOrEmbargoedContentOrAMisspeltEmbargoReachAnAudience() throws IOException {
		new EditorialScenario(stack, broker, audit, steady, flapping, figures, scale).run();
	}

	@Order(9)
	@Test
	void updatesEveryItemOnceWhenEnrichIsKilledDuringABackfill() throws IOException {
		new BackfillScenario(stack, broker, audit, steady, flapping, figures, scale).run();
	}

	static Path faultFile(String service) {
		return Figures.DIR.resolve("faults").resolve(service).toAbsolutePath();
	}

	static Tally settle(String prefix, Map<String, Long> newest, Set<String> refused) {
		return settle(prefix, newest, refused, Set.of());
	}

	static Tally settle(String prefix, Map<String, Long> newest, Set<String> refused, Set<String> inFlight) {
		await().atMost(scale.settleTimeout())
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> audit.count(prefix, newest, refused, false, inFlight).settled());
		// Redeliveries after a fault come late: count again a little later, with the API.
		// One count asks the API for every item, which at the long run's size alone can
		// take longer than the two minutes that suffice for the build's size.
		return await().pollDelay(Duration.ofSeconds(3))
			.atMost(scale.settleTimeout())
			.until(() -> audit.count(prefix, newest, refused, true, inFlight), Tally::settled);
	}

	static void assertClean(Tally tally) {
		assertThat(tally.lost()).as("lost: %s", tally.examples()).isZero();
		assertThat(tally.duplicated()).as("duplicated: %s", tally.examples()).isZero();
	}

	static URI service(String name) {
		return stack.endpoints().service(name).orElseThrow();
	}

	private static void subscribe(Subscriber subscriber) throws IOException {
		String request = "{\"url\":\"" + subscriber.url() + "\",\"eventTypes\":"
				+ "[\"content.published\",\"content.updated\",\"content.withdrawn\"]}";
		int status = ServiceProbe.postJson(service("publish").resolve("/api/v1/subscriptions"), request).statusCode();
		assertThat(status).isEqualTo(201);
	}

}
