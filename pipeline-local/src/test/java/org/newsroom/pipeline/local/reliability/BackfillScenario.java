package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.local.LocalStack;
import org.newsroom.pipeline.local.browser.Browser;
import org.newsroom.pipeline.local.reliability.Figures.Row;
import org.newsroom.pipeline.local.services.ServiceProcess;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A backfill of every item with enrich killed in the middle, followed from the outside:
 * started with the console's button in Chromium (or a command where no browser is
 * installed), its progress in the console must reach every item, and every item must
 * reach the outbound topic and the subscriber as one update, neither missing nor twice.
 * The suite's second subscriber is disabled first: one receiver proves the webhooks, and
 * the build spends half the deliveries.
 */
final class BackfillScenario {

	private static final String PREFIX = "rel-backfill";

	/** Outbound ids of a metadata refresh: {@code <id>:<revision>:published-v<n>}. */
	private static final Pattern OUTBOUND_REFRESH = Pattern.compile(":\\d+:published-v\\d+$");

	/** Webhook ids of a metadata refresh: {@code <id>:<revision>:refreshed-v<n>}. */
	private static final Pattern WEBHOOK_REFRESH = Pattern.compile(":\\d+:refreshed-v\\d+$");

	private final LocalStack stack;

	private final Broker broker;

	private final Audit audit;

	private final Subscriber subscriber;

	private final Subscriber disabled;

	private final Figures figures;

	private final Scale scale;

	BackfillScenario(LocalStack stack, Broker broker, Audit audit, Subscriber subscriber, Subscriber disabled,
			Figures figures, Scale scale) {
		this.stack = stack;
		this.broker = broker;
		this.audit = audit;
		this.subscriber = subscriber;
		this.disabled = disabled;
		this.figures = figures;
		this.scale = scale;
	}

	void run() throws IOException {
		Instant start = Instant.now();
		int n = this.scale.backfillItems();
		List<Outgoing> records = CmsRecords.articles(PREFIX, 0, n);
		Map<String, Long> newest = Audit.firstRevisions(records);
		this.subscriber.flap(0);
		disable(this.disabled);
		this.broker.send(Topics.CMS_CONTENT, records);
		// Each read of the outbound topic reads all of it: not more often than needed.
		await().atMost(this.scale.settleTimeout())
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> outboundFirstRevisions().containsAll(newest.keySet())
					&& this.subscriber.successesById().keySet().containsAll(firstDeliveries(newest)));

		try (Browser browser = Browser.isInstalled() ? Browser.open(console(), Files.createTempDirectory("chromium"))
				: null) {
			String command = (browser != null) ? startFromTheConsole(browser) : startWithACommand();
			// Killed once it is under way, well before it is through.
			await().atMost(this.scale.settleTimeout())
				.pollInterval(Duration.ofMillis(200))
				.until(() -> done(command) >= n / 5);
			if (browser != null) {
				browser.go("/backfills");
				browser.screenshot("backfills-running");
			}
			killEnrichAndCount(command, n, start, newest);
			if (browser != null) {
				browser.go("/backfills");
				WebElement row = browser.driver()
					.findElement(By.cssSelector("tr[data-test=backfill-row][data-command='" + command + "']"));
				assertThat(row.getDomAttribute("data-state")).isEqualTo("DONE");
				assertThat(row.findElement(By.cssSelector("[data-test=backfill-percent]")).getText())
					.isEqualTo("100 %");
				browser.screenshot("backfills");
			}
		}
	}

	/** Asks for a backfill as an operator does, with the console's button. */
	private static String startFromTheConsole(Browser browser) {
		browser.logIn("operator", "operator");
		browser.go("/backfills");
		browser.driver().findElement(By.id("reenrich-all")).click();
		browser.driver().switchTo().alert().accept();
		return await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).until(() -> {
			browser.go("/backfills");
			return browser.driver()
				.findElements(By.cssSelector("tr[data-test=backfill-row]"))
				.stream()
				.findFirst()
				.map((row) -> row.getDomAttribute("data-command"))
				.orElse(null);
		}, Objects::nonNull);
	}

	/** Asks for a backfill with a command on the topic, where no browser is installed. */
	private String startWithACommand() {
		String command = "backfill-" + UUID.randomUUID();
		this.broker.send(Topics.PIPELINE_COMMANDS, List.of(command(command)));
		return command;
	}

	private void killEnrichAndCount(String command, int n, Instant start, Map<String, Long> newest) throws IOException {
		ServiceProcess enrich = this.stack.service("enrich").orElseThrow();
		enrich.kill();
		assertThat(enrich.isRunning()).isFalse();
		long doneWhenKilled = done(command);
		enrich.start();

		JsonNode finished = await().atMost(this.scale.settleTimeout())
			.until(() -> status(command), (status) -> status != null && !"RUNNING".equals(state(status)));
		assertThat(doneWhenKilled).as("enrich was killed before the backfill was through")
			.isLessThan(finished.get("total").asLong());
		await().atMost(this.scale.settleTimeout())
			.pollInterval(Duration.ofSeconds(2))
			.until(() -> outbound().size() >= n
					&& refreshes(this.subscriber.successesById(), WEBHOOK_REFRESH).size() >= n);
		Map<String, Long> outbound = outbound();
		List<String> examples = new ArrayList<>();
		int lost = missing(newest, outbound, examples);
		int duplicated = extra(outbound, examples);
		Map<String, Long> acked = refreshes(this.subscriber.successesById(), WEBHOOK_REFRESH);
		lost += missing(newest, acked, examples);
		duplicated += extra(acked, examples);
		Tally tally = new Tally(this.audit.stored(PREFIX, newest), outbound.size(), 0, lost, duplicated, examples);
		this.figures.add(
				Row.of("Backfill of every item, enrich SIGKILLed mid-way (restart)", n + " items", n, 0, tally, start));
		this.figures.note("Backfill: items done when enrich was killed", doneWhenKilled);

		assertThat(state(finished)).as("the backfill's end in the console").isEqualTo("DONE");
		assertThat(finished.get("failed").asLong()).isZero();
		assertThat(finished.get("percent").asInt()).isEqualTo(100);
		assertThat(finished.get("done").asLong()).isEqualTo(finished.get("total").asLong()).isGreaterThanOrEqualTo(n);
		assertThat(tally.lost()).as("items without their update: %s", tally.examples()).isZero();
		assertThat(tally.duplicated()).as("updates sent twice: %s", tally.examples()).isZero();
	}

	/** Stops deliveries to a subscriber through publish's API, as an operator would. */
	private void disable(Subscriber target) throws IOException {
		URI publish = this.stack.endpoints().service("publish").orElseThrow();
		JsonNode list = ContractJson.mapper()
			.readTree(ServiceProbe.get(publish.resolve("/api/v1/subscriptions")).body());
		for (JsonNode subscription : list) {
			if (target.url().toString().equals(subscription.path("url").asString())) {
				String id = subscription.path("id").asString();
				int status = ServiceProbe.postJson(publish.resolve("/api/v1/subscriptions/" + id + "/disable"), "")
					.statusCode();
				assertThat(status).as("disable %s", id).isEqualTo(200);
				return;
			}
		}
		throw new IllegalStateException("no subscription to " + target.url() + " in " + list);
	}

	/** The scenario's items whose first revision the outbound topic holds. */
	private Set<String> outboundFirstRevisions() {
		return this.broker.readAll(Topics.CONTENT_PUBLISHED)
			.stream()
			.map((record) -> Broker.header(record, "ce_id"))
			.filter((id) -> id != null && id.startsWith(PREFIX + "-") && id.endsWith(":1:published"))
			.map(BackfillScenario::item)
			.collect(Collectors.toSet());
	}

	private static Set<String> firstDeliveries(Map<String, Long> newest) {
		return newest.keySet().stream().map((id) -> id + ":1:published").collect(Collectors.toSet());
	}

	/** How many refreshes of each of the scenario's items the outbound topic holds. */
	private Map<String, Long> outbound() {
		return refreshes(this.broker.readAll(Topics.CONTENT_PUBLISHED)
			.stream()
			.map((record) -> Broker.header(record, "ce_id"))
			.toList(), OUTBOUND_REFRESH);
	}

	private static Outgoing command(String id) {
		OperatorCommand command = new OperatorCommand(id, CommandType.REENRICH_ALL, "enrich", null, Map.of(),
				"reliability-suite", Instant.now());
		return new Outgoing(id, List.of(), ContractJson.mapper().writeValueAsBytes(command));
	}

	/**
	 * The backfill as the console's API shows it, or {@code null} before it heard of it.
	 */
	private JsonNode status(String command) {
		try {
			var response = ServiceProbe.get(console().resolve("/api/v1/backfills/" + command));
			return (response.statusCode() == 200) ? ContractJson.mapper().readTree(response.body()) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private URI console() {
		return this.stack.endpoints().service("console").orElseThrow();
	}

	private long done(String command) {
		JsonNode status = status(command);
		return (status != null) ? status.get("done").asLong() : 0;
	}

	private static String state(JsonNode status) {
		return status.get("state").asString();
	}

	/** How many refresh ids each of the scenario's items got, by item. */
	private static Map<String, Long> refreshes(Map<String, Integer> acked, Pattern refresh) {
		List<String> ids = new ArrayList<>();
		acked.forEach((id, copies) -> {
			for (int i = 0; i < copies; i++) {
				ids.add(id);
			}
		});
		return refreshes(ids, refresh);
	}

	private static Map<String, Long> refreshes(List<String> ids, Pattern refresh) {
		return ids.stream()
			.filter((id) -> id != null && id.startsWith(PREFIX + "-") && refresh.matcher(id).find())
			.collect(Collectors.groupingBy(BackfillScenario::item, Collectors.counting()));
	}

	private static String item(String eventId) {
		return eventId.substring(0, eventId.indexOf(':'));
	}

	private static int missing(Map<String, Long> newest, Map<String, Long> refreshes, List<String> examples) {
		List<String> missing = newest.keySet().stream().filter((id) -> !refreshes.containsKey(id)).toList();
		missing.stream().limit(5).map((id) -> "no update for " + id).forEach(examples::add);
		return missing.size();
	}

	private static int extra(Map<String, Long> refreshes, List<String> examples) {
		Map<String, Long> twice = refreshes.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		twice.keySet().stream().limit(5).map((id) -> "more than one update for " + id).forEach(examples::add);
		return twice.values().stream().mapToInt((copies) -> (int) (copies - 1)).sum();
	}

}
