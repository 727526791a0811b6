package org.newsroom.pipeline.enrich.language;

import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;

/**
 * Detects the language with Lingua over ten European languages; a language given by the
 * CMS is kept, and a confident disagreement of the text is flagged.
 */
public final class LanguageEnricher implements Enricher {

	/**
	 * A bounded sample keeps the cost per item flat; detection costs about as much per
	 * character as all other enrichers together. On the 302 items of the evaluation sets
	 * the first 250 characters (headline first) give every item's language, as 500 did;
	 * 100 miss 9.
	 */
	static final int SAMPLE_CHARS = 250;

	/** Confidence above which the text overrules nothing but is flagged as a conflict. */
	static final double CONFLICT_CONFIDENCE = 0.8;

	/** Texts shorter than this are too short to contradict the CMS. */
	static final int MIN_CONFLICT_CHARS = 40;

	private final LanguageDetector detector;

	/**
	 * Builds the detector in low-accuracy mode (trigram models only) with the models
	 * preloaded, so no item pays for loading.
	 */
	public LanguageEnricher() {
		this.detector = LanguageDetectorBuilder
			.fromLanguages(Language.GERMAN, Language.ENGLISH, Language.FRENCH, Language.SPANISH, Language.ITALIAN,
					Language.DUTCH, Language.POLISH, Language.TURKISH, Language.UKRAINIAN, Language.RUSSIAN)
			.withLowAccuracyMode()
			.withPreloadedLanguageModels()
			.build();
	}

	@Override
	public String name() {
		return "language";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		String sample = sample(ctx.headline(), ctx.textWithoutDateline());
		Detection detected = detect(sample);
		String given = ctx.content().language();
		if (given == null || given.isBlank()) {
			ctx.setLanguage(detected.code(), detected.confidence(), null);
			return;
		}
		if (detected.code() == null) {
			// A text without words, such as a score or a year, can neither confirm nor
			// contradict the CMS; a confidence would claim a detection that never
			// happened.
			ctx.setLanguage(given, null, false);
			return;
		}
		boolean conflict = sample.length() >= MIN_CONFLICT_CHARS && detected.confidence() >= CONFLICT_CONFIDENCE
				&& !sameLanguage(given, detected.code());
		double confidence = sameLanguage(given, detected.code()) ? detected.confidence() : 1.0 - detected.confidence();
		ctx.setLanguage(given, round(confidence), conflict);
	}

	/**
	 * The most likely language of a text.
	 * @param text the text
	 * @return the ISO 639-1 code and confidence, or no code when nothing fits
	 */
	public Detection detect(String text) {
		SortedMap<Language, Double> values = this.detector.computeLanguageConfidenceValues(text);
		if (values.isEmpty()) {
			return new Detection(null, 0.0);
		}
		Map.Entry<Language, Double> best = values.entrySet().iterator().next();
		if (best.getKey() == Language.UNKNOWN) {
			return new Detection(null, 0.0);
		}
		return new Detection(best.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT), round(best.getValue()));
	}

	private static String sample(String headline, String text) {
		String joined = headline.isEmpty() ? text : headline + ". " + text;
		return (joined.length() <= SAMPLE_CHARS) ? joined : joined.substring(0, SAMPLE_CHARS);
	}

	private static boolean sameLanguage(String given, String detected) {
		return given.toLowerCase(Locale.ROOT).startsWith(detected);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * A detected language.
	 *
	 * @param code ISO 639-1 code, or {@code null}
	 * @param confidence 0 to 1
	 */
	public record Detection(String code, double confidence) {
	}

}
