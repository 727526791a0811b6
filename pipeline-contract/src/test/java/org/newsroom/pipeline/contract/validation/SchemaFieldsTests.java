package org.newsroom.pipeline.contract.validation;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.json.ContractJson;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaFieldsTests {

	private final SchemaFields fields = SchemaFields.of(ContractJson.mapper()
		.readTree("{\"$id\":\"urn:test:demo.v1\",\"properties\":{\"firstSeenAt\":{},\"title\":{},\"tags\":{}}}"));

	@Test
	void takesTheSchemaNameAndItsFieldsFromTheSchema() {
		assertThat(this.fields.isKnown("title")).isTrue();
		assertThat(this.fields.isKnown("headline")).isFalse();
		assertThat(this.fields.unknown("titel"))
			.isEqualTo(new Violation("$.titel", "`titel` is not a field of demo.v1; did you mean `title`?"));
	}

	@Test
	void suggestsOnlyAFieldFewEditsAway() {
		assertThat(this.fields.closest("seen")).isNull();
		assertThat(this.fields.closest("firstseenat")).isEqualTo("firstSeenAt");
		assertThat(this.fields.closest("tag")).isEqualTo("tags");
		assertThat(this.fields.closest("tx")).isNull();
		assertThat(this.fields.closest("")).isNull();
	}

	@Test
	void suggestsTheClosestOfSeveralCandidates() {
		SchemaFields near = SchemaFields.of(ContractJson.mapper()
			.readTree("{\"$id\":\"urn:test:near.v1\",\"properties\":{\"revision\":{},\"revisions\":{}}}"));
		assertThat(near.closest("revisons")).isEqualTo("revisions");
		assertThat(near.closest("revison")).isEqualTo("revision");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/schemas/cms-content.v1.schema.json", "/schemas/cms-withdrawal.v1.schema.json" })
	void everyTopLevelFieldOfTheCmsSchemasBindsToCmsContent(String resource) throws IOException {
		List<String> components = Arrays.stream(CmsContent.class.getRecordComponents())
			.map(RecordComponent::getName)
			.toList();
		try (InputStream in = SchemaFieldsTests.class.getResourceAsStream(resource)) {
			JsonNode schema = ContractJson.mapper().readTree(in);
			assertThat(schema.path("additionalProperties").isBoolean()).isTrue();
			assertThat(schema.path("properties").propertyNames()).isNotEmpty().allMatch(components::contains);
		}
	}

}
