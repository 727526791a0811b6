package org.newsroom.pipeline.enrich.keywords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Stems a text with Lucene's analyzer for its language (stop words removed) and keeps,
 * for each stem, how often each original word form occurred. Lucene analyzers are
 * thread-safe.
 */
final class TermAnalyzer {

	private static final int MIN_LETTERS = 3;

	private final Map<String, Analyzer> analyzers = Map.of("de", new GermanAnalyzer(), "en", new EnglishAnalyzer(),
			"fr", new FrenchAnalyzer(), "es", new SpanishAnalyzer(), "it", new ItalianAnalyzer(), "nl",
			new DutchAnalyzer(), "ru", new RussianAnalyzer());

	private final Analyzer fallback = new StandardAnalyzer();

	Map<String, Term> analyze(String text, String language) {
		Analyzer analyzer = this.analyzers.getOrDefault(primary(language), this.fallback);
		Map<String, Term> terms = new LinkedHashMap<>();
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				String surface = text.substring(offset.startOffset(), offset.endOffset());
				if (isKeywordCandidate(term.toString(), surface)) {
					terms.computeIfAbsent(term.toString(), (s) -> new Term()).add(surface);
				}
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static boolean isKeywordCandidate(String stem, String surface) {
		return surface.codePointCount(0, surface.length()) >= MIN_LETTERS && stem.chars().noneMatch(Character::isDigit)
				&& stem.chars().allMatch((c) -> Character.isLetter(c) || c == '-' || c == '\'');
	}

	private static String primary(String language) {
		return (language != null && language.length() >= 2) ? language.substring(0, 2) : "";
	}

	/** Occurrences of one stem and its word forms. */
	static final class Term {

		private final Map<String, Integer> surfaces = new HashMap<>();

		private int count;

		void add(String surface) {
			this.count++;
			this.surfaces.merge(surface, 1, Integer::sum);
		}

		int count() {
			return this.count;
		}

		String surface() {
			return this.surfaces.entrySet()
				.stream()
				.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.map(Map.Entry::getKey)
				.orElseThrow();
		}

	}

}
