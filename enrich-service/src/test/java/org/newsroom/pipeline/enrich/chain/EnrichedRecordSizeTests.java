package org.newsroom.pipeline.enrich.chain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentPublished;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.support.kafka.RecordSizes;
import org.newsroom.pipeline.support.test.GeneratedText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body at ingest's limit, enriched by the standard chain, stays within the record size
 * the Kafka limit is checked against: prose about doubles, and the bodies that sanitizing
 * and JSON escaping grow the most stay within {@link RecordSizes#BODY_FACTOR} times.
 */
class EnrichedRecordSizeTests {

	private static final int LIMIT = CmsPayloadValidator.DEFAULT_MAX_BODY_BYTES;

	/** Headline, enrichment metadata and envelope of these test items. */
	private static final long METADATA = 16 * 1024;

	@Test
	void keepsAProseArticleAtTheBodyLimitAtAboutTwiceItsSize() {
		String body = GeneratedText.articleHtml(11, LIMIT);

		Sizes sizes = enrich("prose", body);

		assertThat(sizes.body()).isGreaterThan(LIMIT - 100);
		assertThat(sizes.enriched()).isLessThan(sizes.body() * 5 / 2);
		assertThat(sizes.largest()).isLessThanOrEqualTo(RecordSizes.largestRecord(sizes.body()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("bodiesThatGrowTheMost")
	void keepsTheBodiesThatGrowTheMostWithinTheCheckedRecordSize(String name, String body) {
		Sizes sizes = enrich(name, body);

		assertThat(sizes.body()).isGreaterThan(LIMIT - 100);
		assertThat(sizes.largest()).as("%s grew %.2f times", name, sizes.largest() / (double) sizes.body())
			.isLessThanOrEqualTo((long) RecordSizes.BODY_FACTOR * sizes.body() + METADATA);
	}

	static Stream<Arguments> bodiesThatGrowTheMost() {
		return Stream.of(Arguments.of("bare ampersands, each written as &amp;", repeat("&", LIMIT)),
				Arguments.of("quotes in an attribute, each written as &quot;",
						"<img alt='" + repeat("\"", LIMIT - 12) + "'>"),
				Arguments.of("quotes in text, escaped in JSON twice", repeat("\"", LIMIT)),
				Arguments.of("less-than signs, each written as &lt;", repeat("< ", LIMIT)),
				Arguments.of("empty paragraphs, each closed", repeat("<p>", LIMIT)));
	}

	private static Sizes enrich(String name, String body) {
		ContentIngested ingested = TestItems.article("size-" + name.hashCode(), "de", "Größe " + name, body);
		EnrichmentResult result = TestItems.standardChain().enrich(ingested);
		Instant now = Instant.now();
		ContentEnriched enriched = new ContentEnriched(ingested.contentId(), ingested.revision(), 1, result.item(),
				result.provenance(), ingested.cmsEvent(), now);
		ContentPublished published = new ContentPublished(ingested.contentId(), ingested.revision(), "published",
				result.item(), ingested.cmsEvent(), now);
		Function<Object, Integer> json = (value) -> ContractJson.mapper().writeValueAsBytes(value).length;
		long largest = Math.max(json.apply(ingested), Math.max(json.apply(enriched), json.apply(published)));
		return new Sizes(body.getBytes(StandardCharsets.UTF_8).length, json.apply(enriched), largest);
	}

	private static String repeat(String piece, int maxBytes) {
		return piece.repeat(maxBytes / piece.getBytes(StandardCharsets.UTF_8).length);
	}

	private record Sizes(int body, int enriched, long largest) {
	}

}
