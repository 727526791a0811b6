package org.newsroom.pipeline.enrich.evaluation;

/**
 * Entity recognition and dateline parsing on {@code evaluation/held-out-news.jsonl}: 60
 * items (30 German, 30 English, a fifth of them podcast show notes) written by the rules
 * of {@code evaluation/UNSEEN-NEWS.md} before the recognisers were tuned on
 * {@code unseen-news.jsonl}, and never looked at while tuning (see
 * {@code evaluation/HELD-OUT-NEWS.md}). Its figures, in
 * {@code target/evaluation/held-out-news.md}, say whether the rules found on the
 * development set hold up on news nobody tuned them to. The floors, a little under the
 * figures the recognisers reached when their tuning was done, were set only then.
 */
class HeldOutNewsEvaluationTests extends GoldSetTests {

	HeldOutNewsEvaluationTests() {
		super("held-out-news", 30, 12, new Floors(0.94, 0.85, 0.79, 0.96));
	}

}
