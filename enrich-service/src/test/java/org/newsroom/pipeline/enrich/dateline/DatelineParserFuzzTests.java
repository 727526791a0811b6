package org.newsroom.pipeline.enrich.dateline;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import com.code_intelligence.jazzer.junit.FuzzTest;

import org.newsroom.pipeline.enrich.dateline.DatelineParser.ParsedDateline;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Feeds arbitrary text to the dateline parser: every article body passes through it, so
 * an exception would fail enrichment and a regular expression that backtracks
 * catastrophically would stall a partition.
 */
class DatelineParserFuzzTests {

	/**
	 * Far above the microseconds a 160-character head takes, far below the seconds or
	 * hours that catastrophic backtracking costs; generous so a loaded CI machine never
	 * fails it.
	 */
	private static final Duration BOUND = Duration.ofSeconds(2);

	/** Every name is a known place, so that every pattern can produce a dateline. */
	private final DatelineParser parser = new DatelineParser((name) -> true);

	@FuzzTest(maxDuration = "10s")
	void parsesAnyTextQuicklyWithoutThrowing(byte[] input) {
		String text = new String(input, StandardCharsets.UTF_8);
		assertParsesQuickly(text, null);
		assertParsesQuickly(text, 2024);
	}

	private void assertParsesQuickly(String text, Integer year) {
		long start = System.nanoTime();
		Optional<ParsedDateline> dateline = this.parser.parse(text, year);
		Duration took = Duration.ofNanos(System.nanoTime() - start);
		assertThat(took).as("parsing %d chars", text.length()).isLessThan(BOUND);
		dateline.ifPresent((d) -> {
			assertThat(d.place()).isNotBlank();
			assertThat(d.end()).isPositive().isLessThanOrEqualTo(text.length());
		});
	}

}
