package org.newsroom.pipeline.support.mongo;

import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.json.ContractJson;

import static org.assertj.core.api.Assertions.assertThat;

class BsonValuesTests {

	private static final CmsContent EPISODE = new CmsContent("bundestalk-1", ContentKind.EPISODE, 3_000_000_000L,
			"Folge 1", null, "Shownotes mit \"Zitat\" und Ümlauten", List.of("Stefan Reinecke"), "politik",
			List.of("Ukraine", "NATO"), "de", "https://example.org/e/1", Instant.parse("2024-11-20T10:15:30.123Z"),
			null, new CmsContent.Show("bundestalk", "Bundestalk"),
			new CmsContent.Audio("https://media.example.org/1.mp3", "audio/mpeg", 51_234_567L, 3_011),
			List.of(new CmsContent.Speaker("Tanja Tricarico", "host")), null, null, null, true);

	@Test
	void readsBackEveryFieldOfAValue() {
		Document document = BsonValues.document(EPISODE);

		assertThat(BsonValues.value(document, CmsContent.class)).isEqualTo(EPISODE);
	}

	@Test
	void storesTheFieldsOfTheContractJsonAsNestedDocuments() {
		Document document = BsonValues.document(EPISODE);

		assertThat(document.get("show", Document.class).getString("id")).isEqualTo("bundestalk");
		assertThat(document.getList("tags", String.class)).containsExactly("Ukraine", "NATO");
		assertThat(document.getString("firstPublishedAt")).isEqualTo("2024-11-20T10:15:30.123Z");
		assertThat(document.get("revision", Number.class).longValue()).isEqualTo(3_000_000_000L);
		assertThat(Document.parse(document.toJson()).keySet())
			.isEqualTo(Document.parse(ContractJson.mapper().writeValueAsString(EPISODE)).keySet());
	}

	@Test
	void readsACountWhateverNumberTypeStoredIt() {
		Document stored = new Document("revision", 3).append("writes", 12L).append("done", 7.0).append("total", "many");

		assertThat(BsonValues.number(stored, "revision")).isEqualTo(3);
		assertThat(BsonValues.number(stored, "writes")).isEqualTo(12);
		assertThat(BsonValues.number(stored, "done")).isEqualTo(7);
		assertThat(BsonValues.number(stored, "total")).isZero();
		assertThat(BsonValues.number(stored, "failed")).isZero();
	}

	@Test
	void readsADocumentAnEarlierVersionParsedFromJsonText() {
		Document parsed = Document.parse(ContractJson.mapper().writeValueAsString(EPISODE));

		assertThat(BsonValues.value(parsed, CmsContent.class)).isEqualTo(EPISODE);
		assertThat(BsonValues.value(null, CmsContent.class)).isNull();
	}

}
