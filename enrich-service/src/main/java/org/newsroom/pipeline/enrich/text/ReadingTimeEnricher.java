package org.newsroom.pipeline.enrich.text;

import java.util.Map;

import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;

/**
 * Reading time of an article from its word count and language; listening time of an
 * episode from its audio.
 */
public final class ReadingTimeEnricher implements Enricher {

	/**
	 * Silent reading speed of adults for non-fiction, in words per minute (Brysbaert,
	 * 2019: 238 for English, lower for languages with longer words such as German).
	 */
	private static final Map<String, Integer> WORDS_PER_MINUTE = Map.of("de", 180, "en", 230, "fr", 195, "es", 218,
			"it", 188, "nl", 202, "pl", 166, "tr", 166, "uk", 184, "ru", 184);

	private static final int DEFAULT_WORDS_PER_MINUTE = 200;

	@Override
	public String name() {
		return "readtime";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		if (ctx.isEpisode() && ctx.content().audio() != null) {
			ctx.setReadtime((int) ctx.content().audio().durationSeconds());
			return;
		}
		ctx.setReadtime(seconds(ctx.wordcount(), ctx.language()));
	}

	static int seconds(int words, String language) {
		int wpm = WORDS_PER_MINUTE.getOrDefault(primary(language), DEFAULT_WORDS_PER_MINUTE);
		return (int) Math.ceil(words * 60.0 / wpm);
	}

	private static String primary(String language) {
		if (language == null) {
			return "";
		}
		int dash = language.indexOf('-');
		return ((dash > 0) ? language.substring(0, dash) : language).toLowerCase(java.util.Locale.ROOT);
	}

}
