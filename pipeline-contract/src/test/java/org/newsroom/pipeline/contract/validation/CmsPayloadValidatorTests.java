package org.newsroom.pipeline.contract.validation;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
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

	@Test
	void refusesAnUnknownFieldAndNamesTheFieldItProbablyMeant() {
		ValidationResult result = this.validator.validate(EventTypes.PUBLISHED,
				bytes("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\","
						+ "\"embargoUntil\":\"2099-01-01T00:00:00Z\"}"));
		assertThat(result.isValid()).isFalse();
		assertThat(result.content()).isNull();
		assertThat(result.violations()).containsExactly(new Violation("$.embargoUntil",
				"`embargoUntil` is not a field of cms-content.v1; did you mean `embargoedUntil`?"));
	}

	@Test
	void namesTheKnownFieldWhenOnlyTheCaseDiffers() {
		assertThat(messages("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"Headline\":\"H\"}"))
			.contains("`Headline` is not a field of cms-content.v1; did you mean `headline`?");
	}

	@Test
	void leavesOutTheSuggestionWhenNoKnownFieldIsClose() {
		assertThat(messages("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\","
				+ "\"id\":\"a\",\"priority\":3}"))
			.containsExactly("`id` is not a field of cms-content.v1", "`priority` is not a field of cms-content.v1");
	}

	@Test
	void refusesAnUnknownFieldOfAWithdrawalAgainstTheWithdrawalSchema() {
		ValidationResult result = this.validator.validate(EventTypes.WITHDRAWN,
				bytes("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":2,\"reasons\":\"legal\"}"));
		assertThat(result.summary())
			.isEqualTo("$.reasons: `reasons` is not a field of cms-withdrawal.v1; did you mean `reason`?");
	}

	@Test
	void acceptsATakedownAndRefusesOneThatIsNotABoolean() {
		assertThat(this.validator
			.validate(EventTypes.WITHDRAWN,
					bytes("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":2,\"takedown\":true}"))
			.isValid()).isTrue();
		assertThat(this.validator
			.validate(EventTypes.WITHDRAWN,
					bytes("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":2,\"takedown\":\"yes\"}"))
			.summary()).startsWith("$.takedown:");
		assertThat(this.validator
			.validate(EventTypes.WITHDRAWN,
					bytes("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":2,\"takeDown\":true}"))
			.summary()).contains("did you mean `takedown`?");
	}

	@Test
	void reportsAnUnknownFieldTogetherWithEveryOtherViolation() {
		assertThat(paths(
				"{\"contentId\":\"a b\",\"kind\":\"article\",\"revision\":0,\"headline\":\"H\"," + "\"tag\":[\"x\"]}"))
			.containsExactly("$.contentId", "$.revision", "$.tag");
	}

	@Test
	void cutsAVeryLongUnknownNameInTheReason() {
		String name = "x".repeat(10_000);
		List<String> messages = messages(
				"{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1," + "\"headline\":\"H\",\"" + name + "\":1}");
		assertThat(messages).singleElement(InstanceOfAssertFactories.STRING)
			.hasSizeLessThan(200)
			.startsWith("`xxx")
			.endsWith("…` is not a field of cms-content.v1");
	}

	@Test
	void acceptsAnUnknownFieldWithAWarningWhenToldToAndDropsIt() {
		CmsPayloadValidator lenient = new CmsPayloadValidator(64, UnknownFieldPolicy.WARN);
		ValidationResult result = lenient.validate(EventTypes.PUBLISHED,
				bytes("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\","
						+ "\"embargoUntil\":\"2099-01-01T00:00:00Z\",\"reason\":\"legal\"}"));
		assertThat(result.violations()).isEmpty();
		assertThat(result.content().headline()).isEqualTo("H");
		assertThat(result.content().embargoedUntil()).isNull();
		assertThat(result.content().reason()).isNull();
		assertThat(result.warnings()).extracting(Violation::toString)
			.containsExactly("$.embargoUntil: `embargoUntil` is not a field of cms-content.v1; did you mean "
					+ "`embargoedUntil`?", "$.reason: `reason` is not a field of cms-content.v1");
	}

	@Test
	void stillRefusesOtherViolationsWhenWarningAboutUnknownFields() {
		CmsPayloadValidator lenient = new CmsPayloadValidator(64, UnknownFieldPolicy.WARN);
		ValidationResult result = lenient.validate(EventTypes.PUBLISHED,
				bytes("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":\"one\",\"headline\":\"H\","
						+ "\"embargoUntil\":\"2099-01-01T00:00:00Z\"}"));
		assertThat(result.violations()).extracting(Violation::path).containsExactly("$.revision");
		assertThat(result.warnings()).extracting(Violation::path).containsExactly("$.embargoUntil");
	}

	@Test
	void acceptsAPayloadWithoutUnknownFieldsWithoutWarnings() {
		ValidationResult result = this.validator.validate(EventTypes.PUBLISHED,
				bytes("{\"contentId\":\"a\",\"kind\":\"article\",\"revision\":1,\"headline\":\"H\"}"));
		assertThat(result.isValid()).isTrue();
		assertThat(result.warnings()).isEmpty();
	}

	private List<String> messages(String json) {
		return this.validator.validate(EventTypes.PUBLISHED, bytes(json))
			.violations()
			.stream()
			.map(Violation::message)
			.toList();
	}

	private static byte[] bytes(String json) {
		return json.getBytes(StandardCharsets.UTF_8);
	}

	private List<String> paths(String json) {
		return this.validator.validate(EventTypes.PUBLISHED, json.getBytes(StandardCharsets.UTF_8))
			.violations()
			.stream()
			.map(Violation::path)
			.toList();
	}

}
