package org.newsroom.pipeline.publish.api;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.publish.feed.TestItems;
import org.newsroom.pipeline.publish.support.PublishServiceTestBase;
import org.newsroom.pipeline.publish.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every answer of the content API, item or list element, conforms to the team's schema of
 * ninjs 2.3 with the one extension property.
 */
class NinjsConformanceTests extends PublishServiceTestBase {

	private static final String SECTION = "ninjs-desk";

	@Test
	void servesAnEnrichedArticleAsNinjs() throws Exception {
		send(NinjsTestItems.article("ninjs-article", SECTION));

		JsonNode item = conforming("/api/v1/content/ninjs-article", null);
		assertThat(item.path("headlines").get(0).path("value").asString()).isEqualTo("Bahn und GDL einigen sich");
		assertThat(item.path("subjects")).hasSize(2);
		assertThat(item.path(NinjsItem.EXTENSION).path("keywords")).hasSize(2);
	}

	@Test
	void servesAnEpisodeWithItsAudioAsNinjs() throws Exception {
		send(TestItems.episode("ninjs-episode", 1, "Folge über Nachrichtenformate"));

		JsonNode item = conforming("/api/v1/content/ninjs-episode", null);
		assertThat(item.path("renditions").get(0).path("contenttype").asString()).isEqualTo("audio/mpeg");
		assertThat(item.path(NinjsItem.EXTENSION).path("speakers")).hasSize(2);
	}

	@Test
	void servesAnItemWithOnlyItsRequiredFieldsAsNinjs() throws Exception {
		send(NinjsTestItems.minimal("ninjs-minimal", SECTION));

		JsonNode item = conforming("/api/v1/content/ninjs-minimal", null);
		assertThat(item.has("bodies")).isFalse();
	}

	@Test
	void showsOperatorsAnEmbargoedItemAsWithheldNinjs() throws Exception {
		Instant embargo = Instant.now().plus(Duration.ofDays(1));
		send(TestEvents.article("ninjs-embargoed", 1, SECTION, "Gesperrt bis morgen", embargo));

		JsonNode item = conforming("/api/v1/content/ninjs-embargoed", OPERATOR);
		assertThat(item.path("pubstatus").asString()).isEqualTo("withheld");
		assertThat(Instant.parse(item.path("embargoed").asString())).isEqualTo(embargo);
		assertThat(get("/api/v1/content/ninjs-embargoed", null).statusCode()).isEqualTo(404);
	}

	@Test
	void servesEveryElementOfEveryListPageAsNinjs() throws Exception {
		send(NinjsTestItems.article("ninjs-listed-1", SECTION + "-list"));
		send(NinjsTestItems.minimal("ninjs-listed-2", SECTION + "-list"));
		conforming("/api/v1/content/ninjs-listed-1", null);
		conforming("/api/v1/content/ninjs-listed-2", null);

		List<String> uris = new ArrayList<>();
		String path = "/api/v1/content?limit=1&section=" + SECTION + "-list";
		for (JsonNode page = page(path); page != null; page = nextPage(path, page)) {
			page.path("items").forEach((item) -> uris.add(assertConforms(item).path("uri").asString()));
		}
		assertThat(uris).containsExactly(ContentItem.URI_PREFIX + "ninjs-listed-2",
				ContentItem.URI_PREFIX + "ninjs-listed-1");
		page("/api/v1/content?limit=100").path("items").forEach(NinjsConformanceTests::assertConforms);
	}

	@Test
	void wouldRefuseTheEventFormatOfAnItem() {
		JsonNode event = ContractJson.mapper().valueToTree(NinjsTestItems.article("ninjs-event", SECTION));

		assertThat(NinjsSchema.violations(event)).anyMatch((v) -> v.contains("'headline'"))
			.anyMatch((v) -> v.contains("'body_html'"))
			.anyMatch((v) -> v.contains("'contentId'"));
	}

	private void send(ContentItem item) {
		send(TestEvents.enriched(item,
				new CmsEventRef("evt-" + item.contentId(), "cms://test", EventTypes.PUBLISHED, Instant.now())));
	}

	/** The item once the API serves it, asserted to conform. */
	private JsonNode conforming(String path, String credentials) throws Exception {
		await().atMost(WAIT).until(() -> get(path, credentials).statusCode() == 200);
		return assertConforms(json(get(path, credentials)));
	}

	private JsonNode page(String path) throws Exception {
		HttpResponse<String> response = get(path, null);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return json(response);
	}

	private JsonNode nextPage(String path, JsonNode page) throws Exception {
		JsonNode next = page.path("next");
		return next.isString() ? page(path + "&cursor=" + next.asString()) : null;
	}

	private static JsonNode assertConforms(JsonNode item) {
		assertThat(NinjsSchema.violations(item)).as("%s", item).isEmpty();
		return item;
	}

}
