package org.newsroom.pipeline.enrich.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences: OpenNLP's German model for German, a rule-based splitter
 * for other languages. Thread-safe; the model loads once.
 */
public final class Sentences {

	/** Resource name inside {@code opennlp-models-sentdetect-de}. */
	static final String GERMAN_MODEL = "opennlp-de-ud-gsd-sentence-1.3-2.5.4.bin";

	/**
	 * A detector per thread: it keeps state per call, and building one per paragraph cost
	 * more than detecting its sentences.
	 */
	private final ThreadLocal<SentenceDetectorME> german;

	private Sentences(SentenceModel germanModel) {
		this.german = ThreadLocal.withInitial(() -> new SentenceDetectorME(germanModel));
	}

	/**
	 * Loads the German sentence model from the classpath.
	 * @return the splitter
	 */
	public static Sentences load() {
		try (InputStream in = Sentences.class.getClassLoader().getResourceAsStream(GERMAN_MODEL)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP model " + GERMAN_MODEL + " not on the classpath");
			}
			return new Sentences(new SentenceModel(in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sentence spans of a text; paragraph breaks always end a sentence.
	 * @param text the text
	 * @param language BCP 47 code, may be {@code null}
	 * @return the spans in text order
	 */
	public List<Span> spans(String text, String language) {
		List<Span> spans = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf("\n\n", start);
			end = (end < 0) ? text.length() : end;
			for (Span span : paragraph(text.substring(start, end), language)) {
				spans.add(new Span(span.getStart() + start, span.getEnd() + start));
			}
			start = end + 2;
		}
		return spans;
	}

	/**
	 * The sentences of a text.
	 * @param text the text
	 * @param language BCP 47 code, may be {@code null}
	 * @return the sentences, trimmed
	 */
	public List<String> split(String text, String language) {
		return spans(text, language).stream().map((s) -> s.getCoveredText(text).toString().strip()).toList();
	}

	private Span[] paragraph(String paragraph, String language) {
		if (language != null && language.startsWith("de")) {
			return this.german.get().sentPosDetect(paragraph);
		}
		return RuleBasedSentences.spans(paragraph);
	}

}
