package org.newsroom.pipeline.contract.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.contract.validation.ValidationResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds arbitrary payloads to the CMS validator: whatever arrives, the answer is the
 * bound content or a list of violations an engineer can read, never an exception.
 */
class CmsPayloadValidatorFuzzTests {

	/** Building the schemas is slow; the validator is immutable and shared. */
	private static final CmsPayloadValidator VALIDATOR = new CmsPayloadValidator();

	/**
	 * The first line is the event type, the rest the record value.
	 * @param input the fuzzer's bytes
	 */
	@FuzzTest(maxDuration = "10s")
	void answersEveryPayloadWithContentOrViolations(byte[] input) {
		int newline = indexOfNewline(input);
		String eventType = new String(input, 0, newline, StandardCharsets.UTF_8);
		byte[] json = Arrays.copyOfRange(input, Math.min(newline + 1, input.length), input.length);
		ValidationResult result = VALIDATOR.validate(eventType, json);
		if (result.isValid()) {
			assertThat(result.content()).isNotNull();
			assertThat(result.content().contentId()).isNotBlank();
		}
		else {
			assertThat(result.content()).isNull();
			assertThat(result.violations()).allSatisfy((violation) -> {
				assertThat(violation.path()).isNotBlank();
				assertThat(violation.message()).isNotBlank();
			});
			assertThat(result.summary()).isNotBlank();
		}
	}

	private static int indexOfNewline(byte[] input) {
		for (int i = 0; i < input.length; i++) {
			if (input[i] == '\n') {
				return i;
			}
		}
		return input.length;
	}

}
