package org.newsroom.pipeline.local.browser;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.local.demo.SampleRecord;
import org.newsroom.pipeline.local.e2e.CmsEvents;
import org.newsroom.pipeline.local.e2e.Http;
import org.newsroom.pipeline.local.e2e.SampleTrafficExtension;
import org.newsroom.pipeline.local.e2e.SampleTrafficStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator console in a real browser against the stack that got the sample traffic.
 */
@ExtendWith(SampleTrafficExtension.class)
class ConsoleBrowserTests {

	private static final String EPISODE = "bundestalk-2024-11-ukraine";

	private static final String INGEST_DLT = Topics.deadLetter(Topics.CMS_CONTENT, "ingest-service");

	private static final Duration PIPELINE = Duration.ofMinutes(3);

	private static final double DAY_MS = Duration.ofDays(1).toMillis();

	@TempDir
	static Path profile;

	static SampleTrafficStack traffic;

	static Browser browser;

	@BeforeAll
	static void openBrowser(SampleTrafficStack stack) {
		assumeThat(Browser.isInstalled()).as("chromium and chromedriver in /usr/bin").isTrue();
		traffic = stack;
		browser = Browser.open(stack.endpoints().service("console").orElseThrow(), profile);
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	void startLoggedOut() {
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void overviewShowsTheNumbersOfTheSampleRun() {
		browser.logIn("operator", "operator");

		await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			browser.go("/");
			assertThat(number(stageCell("ingest", "stage-total"))).isGreaterThanOrEqualTo(8);
			assertThat(count("ingest", "REJECTED")).isEqualTo(1);
			// The replayed revision 1 repeats its event id, so ingest may call it a
			// duplicate.
			assertThat(count("ingest", "STALE") + count("ingest", "DUPLICATE")).isEqualTo(1);
			assertThat(count("publish", "PUBLISHED")).isGreaterThanOrEqualTo(3);
			assertThat(count("publish", "WITHDRAWN")).isEqualTo(1);
		});
		assertThat(browser.driver().findElement(By.id("current-user")).getText()).contains("operator");
		browser.screenshot("overview");
	}

	@Test
	void itemTimelineFollowsTheEpisodeThroughEveryStage() {
		browser.logIn("operator", "operator");

		await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			browser.go("/items/" + EPISODE);
			List<String> services = browser.driver()
				.findElements(By.cssSelector("tr[data-test=timeline-row] td:nth-child(3)"))
				.stream()
				.map(WebElement::getText)
				.toList();
			assertThat(services).contains("ingest", "enrich", "publish");
		});
		assertThat(browser.driver().findElement(By.id("item-headline")).getText()).contains("Bundestalk");
		assertThat(browser.driver().findElements(By.cssSelector("td[data-test=timeline-outcome]")))
			.extracting(WebElement::getText)
			.contains("ACCEPTED", "ENRICHED", "PUBLISHED");
		browser.screenshot("item-timeline");
	}

	@Test
	void listsTheInvalidSampleEventUnderDeadLettersWithItsReason() {
		browser.logIn("operator", "operator");

		await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			browser.go("/dead-letters");
			WebElement row = deadLetterRow("broken-1");
			assertThat(row.findElement(By.cssSelector("[data-test=dead-letter-reason]")).getText())
				.contains("contentId");
		});
		browser.screenshot("dead-letters");
	}

	@Test
	void replaysARecordDeadLetteredByATransientFaultUntilItIsPublished() {
		String contentId = "art-replayed-after-outage";
		traffic.topics().send(INGEST_DLT, List.of(deadLetteredByTimeout(contentId)));
		browser.logIn("operator", "operator");

		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			browser.go("/dead-letters");
			assertThat(deadLetterRow(contentId).getText()).contains("MongoTimeoutException");
		});
		deadLetterRow(contentId).findElement(By.cssSelector("button[data-test=replay-one]")).click();

		assertThat(browser.driver().findElement(By.id("flash-message")).getText()).contains("Replayed 1 of 1");
		URI content = traffic.endpoints().service("publish").orElseThrow().resolve("/api/v1/content/" + contentId);
		await().atMost(PIPELINE).untilAsserted(() -> assertThat(Http.get(content).status()).isEqualTo(200));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			browser.go("/items/" + contentId);
			assertThat(browser.driver().findElements(By.cssSelector("td[data-test=timeline-outcome]")))
				.extracting(WebElement::getText)
				.contains("REPLAYED", "PUBLISHED");
		});
		browser.go("/deliveries");
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Webhook deliveries");
		assertThat(browser.driver().findElements(By.id("no-deliveries"))).hasSize(1);
		browser.screenshot("deliveries");
	}

	@Test
	void viewerSeesDeadLettersButCannotReplayThem() {
		browser.logIn("viewer", "viewer");

		await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			browser.go("/dead-letters");
			assertThat(deadLetterRow("broken-1").isDisplayed()).isTrue();
		});
		assertThat(browser.driver().findElements(By.cssSelector("button[data-test=replay-one]"))).isEmpty();
		assertThat(browser.driver().findElements(By.id("replay-selected"))).isEmpty();
		assertThat(browser.driver().findElement(By.id("current-user")).getText()).contains("viewer");
		String id = deadLetterRow("broken-1").getDomAttribute("data-id");
		Object status = browser.driver().executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				const token = document.querySelector('input[name=_csrf]').value;
				fetch('/dead-letters/replay', {method: 'POST', redirect: 'manual',
					headers: {'Content-Type': 'application/x-www-form-urlencoded'},
					body: new URLSearchParams({one: arguments[0], _csrf: token})})
				.then((response) => done(response.status));
				""", id);
		assertThat(((Number) status).intValue()).isEqualTo(403);
		browser.screenshot("viewer-dead-letters");
	}

	@Test
	void auditsOperatorActionsWithTheOutcomeFromTheServiceThatCarriedThemOut() {
		String intruder = "intruder-" + UUID.randomUUID().toString().substring(0, 8);
		browser.logIn(intruder, "guessed");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/login?error");
		URI publish = traffic.endpoints().service("publish").orElseThrow();
		// a section no sample item has, so no sample delivery goes to it
		Http.Response created = Http.postJson(publish.resolve("/api/v1/subscriptions"),
				"{\"url\":\"" + traffic.receiver().url()
						+ "\",\"eventTypes\":[\"content.published\"],\"section\":\"audit-desk\"}",
				"operator", "operator");
		assertThat(created.status()).isEqualTo(201);
		String subscription = ContractJson.mapper().readTree(created.body()).path("subscription").path("id").asString();
		assertThat(Http
			.postJson(publish.resolve("/api/v1/subscriptions/" + subscription + "/rotate-secret"), "", "operator",
					"operator")
			.status()).isEqualTo(200);

		browser.logIn("operator", "operator");
		String item = "art-audited-" + UUID.randomUUID().toString().substring(0, 8);
		browser.go("/items/" + item);
		browser.driver().findElement(By.id("reenrich")).click();
		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			browser.go("/items/" + item);
			assertThat(browser.driver().findElements(By.cssSelector("tr[data-test=item-action-row]")))
				.extracting((row) -> row.getDomAttribute("data-outcome"))
				.containsExactly("REQUESTED", "NOTHING_TO_DO");
		});
		assertThat(browser.driver().findElements(By.cssSelector("tr[data-test=item-action-row] td:nth-child(6)")))
			.extracting(WebElement::getText)
			.containsExactly("console", "enrich");

		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			browser.go("/audit?actor=" + intruder);
			assertThat(auditRows()).extracting((row) -> row.getDomAttribute("data-action"))
				.containsExactly("LOGIN_FAILED");
			browser.go("/audit?actor=operator&action=ROTATE_SECRET");
			assertThat(auditRows()).extracting(WebElement::getText)
				.anyMatch((text) -> text.contains("subscription:" + subscription) && text.contains("publish"));
		});
		browser.go("/audit");
		browser.screenshot("audit");
		browser.driver().findElement(By.id("nav-audit")).click();
		assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Audit trail");
	}

	@Test
	void overviewFiguresOfTheSampleRunStayBelowADay() {
		browser.logIn("viewer", "viewer");

		await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			browser.go("/");
			assertThat(count("publish", "PUBLISHED")).isGreaterThanOrEqualTo(3);
			assertThat(count("publish", "EMBARGOED")).isGreaterThanOrEqualTo(1);
			for (String stage : List.of("ingest", "enrich", "publish")) {
				assertThat(millis(stageCell(stage, "stage-duration"))).as(stage + " processing").isNotEmpty();
			}
			assertThat(millis(stageCell("publish", "stage-end-to-end"))).isNotEmpty();
		});
		for (String stage : List.of("ingest", "enrich", "publish")) {
			assertThat(millis(stageCell(stage, "stage-duration")).get(2)).as(stage + " processing p99").isPositive();
		}
		List<Double> figures = new ArrayList<>();
		for (String cell : List.of("stage-duration", "stage-end-to-end", "stage-cms-to-publish",
				"stage-embargo-release")) {
			browser.driver()
				.findElements(By.cssSelector("td[data-test=" + cell + "]"))
				.forEach((td) -> figures.addAll(millis(td)));
		}
		assertThat(figures).isNotEmpty().allSatisfy((ms) -> assertThat(ms).isLessThan(DAY_MS));
		// the samples' CMS times are of 2024: no latency is measured from them
		assertThat(stageCell("publish", "stage-cms-to-publish").getText()).isEqualTo("–");
		browser.screenshot("overview-figures");
	}

	@Test
	void itemsListShowsEachSampleItemsStateAndFindsAStuckOne() {
		String stuck = "art-stuck-" + UUID.randomUUID().toString().substring(0, 8);
		// ingest accepted it half an hour ago, and nothing came after
		Instant accepted = Instant.now().minus(Duration.ofMinutes(30));
		LineageEvent lineage = new LineageEvent(UUID.randomUUID().toString(), stuck, 1, "ingest", "ingest",
				LineageOutcome.ACCEPTED, null, "Haushaltsstreit ohne Ende", accepted, accepted, 900, null, "article",
				"inland", null);
		traffic.topics()
			.send(Topics.PIPELINE_LINEAGE,
					List.of(new SampleRecord(stuck, Map.of(), ContractJson.mapper().writeValueAsString(lineage))));
		browser.logIn("viewer", "viewer");

		await().atMost(PIPELINE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
			browser.go("/items?size=200");
			assertThat(itemState(EPISODE)).isEqualTo("LIVE");
			assertThat(itemState("art-2024-11-climate-cop")).isEqualTo("WITHDRAWN");
			assertThat(itemState("art-2024-11-embargo-report")).isEqualTo("EMBARGOED");
			assertThat(itemState("broken-1")).isEqualTo("FAILED");
			assertThat(itemState(stuck)).isEqualTo("STUCK");
		});
		assertThat(
				itemRow("art-2024-11-embargo-report").findElement(By.cssSelector("[data-test=item-state]")).getText())
			.startsWith("embargoed until 2099-01-01T00:00:00Z");
		assertThat(itemRow(EPISODE).findElement(By.cssSelector("[data-test=item-kind]")).getText())
			.isEqualTo("episode");
		assertThat(itemRow(EPISODE).findElement(By.cssSelector("[data-test=item-section]")).getText())
			.isEqualTo("politik");
		assertThat(itemRow(EPISODE).findElement(By.cssSelector("[data-test=item-reached]")).getText())
			.contains("ingest", "enrich", "publish");
		browser.screenshot("items");

		browser.driver().findElement(By.id("stuck-link")).click();
		List<WebElement> rows = browser.driver().findElements(By.cssSelector("tr[data-test=result-row]"));
		assertThat(rows).extracting((row) -> row.getDomAttribute("data-content-id")).contains(stuck);
		assertThat(rows).extracting((row) -> row.getDomAttribute("data-state")).containsOnly("STUCK");
		browser.screenshot("items-stuck");
		URI prometheus = traffic.endpoints().service("console").orElseThrow().resolve("/actuator/prometheus");
		assertThat(Http.get(prometheus).body()).containsPattern("(?m)^pipeline_items_stuck\\{[^}]*} [1-9]");
	}

	@Test
	void pagesDeadLettersAndReplaysAllThatMatchAFilter() {
		String batch = "art-batch-" + UUID.randomUUID().toString().substring(0, 8);
		List<SampleRecord> deadLetters = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			deadLetters.add(deadLetteredByTimeout(batch + "-" + i, 1, 910_000 + i, "store unavailable, " + batch));
		}
		traffic.topics().send(INGEST_DLT, deadLetters);
		browser.logIn("operator", "operator");

		await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			browser.go("/dead-letters?size=10");
			assertThat(number(browser.driver().findElement(By.cssSelector("[data-test=dead-letter-total]"))))
				.isGreaterThanOrEqualTo(31);
		});
		assertThat(browser.driver().findElements(By.cssSelector("tr[data-test=dead-letter-row]"))).hasSize(10);
		browser.driver().findElement(By.id("page-next")).click();
		assertThat(browser.driver().findElement(By.id("page-number")).getText()).startsWith("page 2 of ");
		assertThat(browser.driver().findElements(By.cssSelector("tr[data-test=dead-letter-row]"))).hasSize(10);
		browser.screenshot("dead-letters-paged");

		browser.driver().findElement(By.id("filter-reason")).sendKeys(batch);
		browser.driver().findElement(By.id("dead-letter-filter-submit")).click();
		assertThat(browser.driver().findElement(By.cssSelector("[data-test=dead-letter-total]")).getText())
			.isEqualTo("30");
		browser.driver().findElement(By.id("replay-matching")).click();
		assertThat(browser.driver().findElement(By.cssSelector("[data-test=replay-matching-count]")).getText())
			.isEqualTo("30");
		browser.screenshot("dead-letters-replay-confirm");
		browser.driver().findElement(By.id("replay-matching-confirm")).click();

		assertThat(browser.driver().findElement(By.id("flash-message")).getText())
			.isEqualTo("Replayed 30 of 30 matching dead letters; 0 failed.");
		assertThat(browser.driver().findElements(By.cssSelector("td[data-test=dead-letter-replays]")))
			.extracting(WebElement::getText)
			.hasSize(30)
			.containsOnly("1 · SENT");
		URI publish = traffic.endpoints().service("publish").orElseThrow();
		await().atMost(PIPELINE).untilAsserted(() -> {
			for (int i = 0; i < 30; i += 7) {
				assertThat(Http.get(publish.resolve("/api/v1/content/" + batch + "-" + i)).status()).isEqualTo(200);
			}
		});
		browser.go("/items/" + batch + "-7");
		assertThat(browser.driver().findElements(By.cssSelector("td[data-test=timeline-outcome]")))
			.extracting(WebElement::getText)
			.contains("REPLAYED", "PUBLISHED");
		browser.screenshot("dead-letters-replayed-item");
	}

	private static WebElement itemRow(String contentId) {
		return browser.driver()
			.findElement(By.cssSelector("tr[data-test=result-row][data-content-id='" + contentId + "']"));
	}

	private static String itemState(String contentId) {
		return itemRow(contentId).getDomAttribute("data-state");
	}

	// The numbers of a "p50 / p95 / p99" cell, none for a dash.
	private static List<Double> millis(WebElement cell) {
		String text = cell.getText().trim();
		return text.equals("–") ? List.of()
				: Arrays.stream(text.split(" / ")).map((n) -> Double.parseDouble(n.replace(",", ""))).toList();
	}

	private static List<WebElement> auditRows() {
		return browser.driver().findElements(By.cssSelector("tr[data-test=audit-row]"));
	}

	private static WebElement deadLetterRow(String key) {
		return browser.driver().findElement(By.cssSelector("tr[data-test=dead-letter-row][data-key='" + key + "']"));
	}

	private static WebElement stageCell(String stage, String cell) {
		return browser.driver().findElement(By.cssSelector("tr[data-stage=" + stage + "] td[data-test=" + cell + "]"));
	}

	private static long count(String stage, String outcome) {
		List<WebElement> counts = browser.driver()
			.findElements(By.cssSelector(
					"tr[data-stage=" + stage + "] span[data-test=stage-count][data-outcome=" + outcome + "] b"));
		return counts.isEmpty() ? 0 : number(counts.get(0));
	}

	private static long number(WebElement element) {
		return Long.parseLong(element.getText().trim());
	}

	private static SampleRecord deadLetteredByTimeout(String contentId) {
		return deadLetteredByTimeout(contentId, 0, 900001, "store unavailable");
	}

	// As ingest's error handler writes it after MongoDB timed out past the retries.
	private static SampleRecord deadLetteredByTimeout(String contentId, int partition, long offset, String cause) {
		SampleRecord valid = CmsEvents.article(contentId);
		Map<String, String> headers = new LinkedHashMap<>(valid.headers());
		headers.put("kafka_dlt-original-topic", Topics.CMS_CONTENT);
		headers.put("kafka_dlt-original-partition", Integer.toString(partition));
		headers.put("kafka_dlt-original-offset", Long.toString(offset));
		headers.put("kafka_dlt-original-consumer-group", "ingest-service");
		headers.put("kafka_dlt-exception-fqcn", "com.mongodb.MongoTimeoutException");
		headers.put("pipeline_dlt_reason", "MongoTimeoutException: " + cause);
		headers.put("pipeline_dlt_service", "ingest");
		headers.put("pipeline_dlt_failure_kind", "transient");
		headers.put("pipeline_dlt_time", Instant.now().toString());
		return new SampleRecord(contentId, headers, valid.value());
	}

}
