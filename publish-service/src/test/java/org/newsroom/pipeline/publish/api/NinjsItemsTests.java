package org.newsroom.pipeline.publish.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.publish.feed.TestItems;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a client of the content API reads where, checked on the JSON of the mapping alone.
 */
class NinjsItemsTests {

	private static final String EXTENSION = "newsroom:pipeline";

	@Test
	void putsTheHeadlineTeaserAndIdsWhereNinjsHasThem() {
		JsonNode item = ninjs(NinjsTestItems.article("art-1", "wirtschaft"));

		assertThat(item.path("uri").asString()).isEqualTo("urn:newsroom:content:art-1");
		assertThat(item.path("type").asString()).isEqualTo("text");
		assertThat(item.path("version").isString()).isTrue();
		assertThat(item.path("version").asString()).isEqualTo("3");
		assertThat(item.path("pubstatus").asString()).isEqualTo("usable");
		assertThat(item.path("language").asString()).isEqualTo("de");
		assertThat(item.path("firstcreated").asString()).isEqualTo("2024-11-25T08:00:00Z");
		assertThat(item.path("versioncreated").asString()).isEqualTo("2024-11-25T09:30:00Z");
		assertThat(item.path("altids")).singleElement().satisfies((id) -> {
			assertThat(id.path("role").asString()).isEqualTo("cms");
			assertThat(id.path("value").asString()).isEqualTo("art-1");
		});
		assertThat(role(item.path("headlines"), "main").path("value").asString())
			.isEqualTo("Bahn und GDL einigen sich");
		assertThat(role(item.path("descriptions"), "summary").path("value").asString())
			.isEqualTo("Der Streik ist abgewendet.");
		assertThat(item.path("by").asString()).isEqualTo("Anna Muster, Ben Beispiel");
		assertThat(item.path("located").asString()).isEqualTo("Berlin");
	}

	@Test
	void servesTheBodyAsHtmlAndAsPlainTextWithItsCounts() {
		JsonNode bodies = ninjs(NinjsTestItems.article("art-1", "wirtschaft")).path("bodies");

		assertThat(bodies).hasSize(2).allSatisfy((body) -> {
			assertThat(body.path("role").asString()).isEqualTo("main");
			assertThat(body.path("charcount").asInt()).isEqualTo(NinjsTestItems.TEXT.length());
			assertThat(body.path("wordcount").asInt()).isEqualTo(10);
		});
		assertThat(contenttype(bodies, "text/html").path("value").asString()).isEqualTo(NinjsTestItems.HTML);
		assertThat(contenttype(bodies, "text/plain").path("value").asString()).isEqualTo(NinjsTestItems.TEXT);
	}

	@Test
	void givesMediaTopicsTheirIptcUriAndConfidenceInPercent() {
		JsonNode subject = ninjs(NinjsTestItems.article("art-1", "wirtschaft")).path("subjects").get(0);

		assertThat(subject.path("uri").asString()).isEqualTo("http://cv.iptc.org/newscodes/mediatopic/04000000");
		assertThat(subject.path("literal").asString()).isEqualTo("medtop:04000000");
		assertThat(subject.path("name").asString()).isEqualTo("Wirtschaft, Wirtschaftssektor und Finanzen");
		assertThat(subject.path("confidence").isInt()).isTrue();
		assertThat(subject.path("confidence").asInt()).isEqualTo(83);
	}

	@Test
	void namesEntitiesInNinjsAndTellsHowTheyWereFoundInTheExtension() {
		JsonNode item = ninjs(NinjsTestItems.article("art-1", "wirtschaft"));

		assertThat(item.path("people")).singleElement().satisfies((person) -> {
			assertThat(person.path("name").asString()).isEqualTo("Weselsky");
			assertThat(person.path("literal").asString()).isEqualTo("Claus Weselsky");
		});
		assertThat(item.path("organisations")).extracting((o) -> o.path("name").asString())
			.containsExactly("GDL", "Bahn");
		JsonNode found = item.path(EXTENSION).path("organisations");
		assertThat(found).extracting((o) -> o.path("name").asString()).containsExactly("GDL", "Bahn");
		assertThat(found).extracting((o) -> o.path("count").asInt()).containsExactly(4, 2);
		assertThat(found).extracting((o) -> o.path("origin").asString()).containsExactly("gazetteer", "model");
		assertThat(item.path("places").get(0).path("name").asString()).isEqualTo("Berlin");
	}

	@Test
	void keepsWhatNinjsHasNoPropertyForInTheExtension() {
		JsonNode extension = ninjs(NinjsTestItems.article("art-1", "wirtschaft")).path(EXTENSION);

		assertThat(extension.path("kind").asString()).isEqualTo("article");
		assertThat(extension.path("section").asString()).isEqualTo("wirtschaft");
		assertThat(extension.path("languageConfidence").asDouble()).isEqualTo(0.98);
		assertThat(extension.path("languageConflict").asBoolean(true)).isFalse();
		assertThat(extension.path("tags")).extracting(JsonNode::asString).containsExactly("bahn", "streik");
		assertThat(extension.path("canonicalUrl").asString()).isEqualTo("https://news.example.org/wirtschaft/art-1");
		assertThat(extension.path("authors")).extracting(JsonNode::asString)
			.containsExactly("Anna Muster", "Ben Beispiel");
		assertThat(extension.path("dateline").path("source").asString()).isEqualTo("dpa");
		assertThat(extension.path("readtime").asInt()).isEqualTo(5);
		assertThat(extension.path("keywords").get(0).path("term").asString()).isEqualTo("Einigung");
		assertThat(extension.path("keywords").get(0).path("score").asDouble()).isEqualTo(0.42);
	}

	@Test
	void servesTheAudioOfAnEpisodeAsItsMainRendition() {
		JsonNode item = ninjs(TestItems.episode("ep-1", 2, "Folge"));

		assertThat(item.path("type").asString()).isEqualTo("audio");
		assertThat(item.path("renditions")).singleElement().satisfies((audio) -> {
			assertThat(audio.path("name").asString()).isEqualTo("main");
			assertThat(audio.path("href").asString())
				.isEqualTo("https://media.example.org/podcasts/bundestalk/ep-1.mp3");
			assertThat(audio.path("contenttype").asString()).isEqualTo("audio/mpeg");
			assertThat(audio.path("sizeinbytes").asLong()).isEqualTo(52428800);
			assertThat(audio.path("duration").asLong()).isEqualTo(3125);
		});
		JsonNode extension = item.path(EXTENSION);
		assertThat(extension.path("kind").asString()).isEqualTo("episode");
		assertThat(extension.path("show").path("id").asString()).isEqualTo("bundestalk");
		assertThat(extension.path("speakers")).extracting((s) -> s.path("role").asString())
			.containsExactly("host", "guest");
		assertThat(extension.path("transcriptUrl").asString()).endsWith("ep-1.vtt");
		assertThat(extension.path("chaptersUrl").asString()).endsWith("ep-1.chapters.json");
	}

	@Test
	void leavesOutWhatAnItemLacks() {
		JsonNode item = ninjs(NinjsTestItems.minimal("min-1", null));

		assertThat(item.propertyNames()).containsExactlyInAnyOrder("uri", "type", "version", "versioncreated",
				"pubstatus", "altids", "headlines", EXTENSION);
		assertThat(item.path(EXTENSION).propertyNames()).containsExactly("kind");
	}

	@Test
	void carriesNoneOfTheEventFormatsOwnFields() {
		JsonNode item = ninjs(NinjsTestItems.article("art-1", "wirtschaft"));

		assertThat(item.propertyNames()).doesNotContain("contentId", "revision", "headline", "description", "body_html",
				"body_text", "kind", "section", "keywords", "wordcount", "charcount");
	}

	private static JsonNode ninjs(ContentItem item) {
		return ContractJson.mapper().valueToTree(NinjsItems.of(item));
	}

	private static JsonNode role(JsonNode array, String role) {
		return only(array, "role", role);
	}

	private static JsonNode contenttype(JsonNode array, String contenttype) {
		return only(array, "contenttype", contenttype);
	}

	private static JsonNode only(JsonNode array, String field, String value) {
		List<JsonNode> matches = array.valueStream().filter((e) -> value.equals(e.path(field).asString())).toList();
		assertThat(matches).as("%s=%s in %s", field, value, array).hasSize(1);
		return matches.get(0);
	}

}
