package org.newsroom.pipeline.contract.validation;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.newsroom.pipeline.contract.EventTypes;

import static org.assertj.core.api.Assertions.assertThat;

class CmsPayloadValidatorTests {

	private final CmsPayloadValidator validator = new CmsPayloadValidator(64);

	@Test
	void refusesAContentIdWithCharactersOutsideTheAllowedSet() {
		assertThat(paths("{\"contentId\":\"a b/c\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\"}"))
			.containsExactly("$.contentId");
	}

	@Test
	void refusesATimestampWithoutOffset() {
		assertThat(paths("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\","
				+ "\"firstPublishedAt\":\"2024-11-22T05:00:00\"}"))
			.containsExactly("$.firstPublishedAt");
	}

	@Test
	void requiresAudioAndShowForEpisodes() {
		assertThat(paths("{\"contentId\":\"a\",\"kind\":\"episode\",\"revision\":1,\"headline\":\"H\"}"))
			.contains("$.audio", "$.show");
	}

	@Test
	void refusesAnEpisodeWithNonAudioMimeTypeAndNonHttpUrl() {
		assertThat(paths("{\"contentId\":\"a\",\"kind\":\"episode\",\"revision\":1,\"headline\":\"H\","
				+ "\"show\":{\"id\":\"s\",\"title\":\"S\"},\"audio\":{\"url\":\"ftp://x/a.mp3\",\"mimeType\":\"text/html\","
				+ "\"sizeBytes\":0,\"durationSeconds\":10}}"))
			.contains("$.audio.url", "$.audio.mimeType", "$.audio.sizeBytes");
	}

	@Test
	void refusesNumbersBeyondSixtyFourBitsWithTheirPathInsteadOfFailing() {
		assertThat(paths("{\"contentId\":\"a\",\"kind\":\"episode\",\"revision\":1e40,\"headline\":\"H\","
				+ "\"show\":{\"id\":\"s\",\"title\":\"S\"},\"audio\":{\"url\":\"https://x/a.mp3\","
				+ "\"mimeType\":\"audio/mpeg\",\"sizeBytes\":1,\"durationSeconds\":3.12E35}}"))
			.containsExactlyInAnyOrder("$.revision", "$.audio.durationSeconds");
	}

	@Test
	void refusesABodyOverTheConfiguredLimit() {
		String body = "x".repeat(65);
		assertThat(paths("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\",\"body\":\""
				+ body + "\"}"))
			.containsExactly("$.body");
	}

	@Test
	void refusesInvalidJsonWithAReadableReason() {
		ValidationResult result = this.validator.validate(EventTypes.PUBLISHED,
				"{not json".getBytes(StandardCharsets.UTF_8));
		assertThat(result.summary()).startsWith("$: not valid JSON");
	}

	@Test
	void refusesJsonNestedDeeperThanTheLimit() {
		String deep = "[".repeat(10_000) + "]".repeat(10_000);
		ValidationResult result = this.validator.validate(EventTypes.PUBLISHED, deep.getBytes(StandardCharsets.UTF_8));
		assertThat(result.isValid()).isFalse();
		assertThat(result.summary()).contains("nesting depth");
	}

	@Test
	void refusesAnUnknownEventType() {
		assertThat(this.validator
			.validate("news.content.deleted",
					"{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\"}"
						.getBytes(StandardCharsets.UTF_8))
			.violations()).extracting(Violation::path).containsExactly("ce_type");
	}

	@Test
	void refusesAMissingEventType() {
		assertThat(this.validator
			.validate(null,
					"{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\"}"
						.getBytes(StandardCharsets.UTF_8))
			.violations()).extracting(Violation::path).containsExactly("ce_type");
	}

	private java.util.List<String> paths(String json) {
		return this.validator.validate(EventTypes.PUBLISHED, json.getBytes(StandardCharsets.UTF_8))
			.violations()
			.stream()
			.map(Violation::path)
			.toList();
	}

}
