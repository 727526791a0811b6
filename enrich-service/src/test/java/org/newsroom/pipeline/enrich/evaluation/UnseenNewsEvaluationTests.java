package org.newsroom.pipeline.enrich.evaluation;

/**
 * Entity recognition and dateline parsing on {@code evaluation/unseen-news.jsonl}: 200
 * items (100 German, 100 English, a fifth of them podcast show notes) written for this
 * evaluation, whose names are in no list the recognisers use (see
 * {@code evaluation/UNSEEN-NEWS.md}). Precision, recall and F1 per type and language and
 * the dateline accuracy go to the log and to {@code target/evaluation/unseen-news.md},
 * the table {@code docs/enrichment.md} shows; the misses go beside it.
 *
 * <p>
 * The floors are a little under the figures of the current recognisers, so that a change
 * that makes them worse fails; they lie above the targets (people and places F1 0.85,
 * organisations 0.75, datelines 95 %), which {@code docs/enrichment.md} compares them
 * with.
 */
class UnseenNewsEvaluationTests extends GoldSetTests {

	UnseenNewsEvaluationTests() {
		super("unseen-news", 100, 40, new Floors(0.91, 0.87, 0.83, 0.99));
	}

}
