package org.newsroom.pipeline.enrich.summary;

import java.util.List;

import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;
import org.newsroom.pipeline.enrich.text.Sentences;

/**
 * Writes a description where the CMS gave none: the leading sentences of the text after
 * the dateline, at most {@value #MAX_CHARS} characters, cut on sentence boundaries.
 */
public final class SummaryEnricher implements Enricher {

	static final int MAX_CHARS = 300;

	private final Sentences sentences;

	/**
	 * Creates the enricher.
	 * @param sentences the sentence splitter
	 */
	public SummaryEnricher(Sentences sentences) {
		this.sentences = sentences;
	}

	@Override
	public String name() {
		return "summary";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		String given = ctx.content().description();
		if (given != null && !given.isBlank()) {
			return;
		}
		String summary = summarize(ctx.textWithoutDateline(), ctx.language());
		if (!summary.isEmpty()) {
			ctx.setDescription(summary);
		}
	}

	String summarize(String text, String language) {
		// Only sentences that end within the limit can be part of the summary; twice
		// the limit leaves the detector the context it needs around the last of them.
		String head = (text.length() > 2 * MAX_CHARS) ? text.substring(0, 2 * MAX_CHARS) : text;
		List<String> all = this.sentences.split(head, language);
		StringBuilder summary = new StringBuilder();
		for (String sentence : all) {
			int length = summary.length() + (summary.isEmpty() ? 0 : 1) + sentence.length();
			if (length > MAX_CHARS) {
				break;
			}
			summary.append(summary.isEmpty() ? "" : " ").append(sentence);
		}
		if (summary.isEmpty() && !all.isEmpty()) {
			return cutAtWord(all.get(0));
		}
		return summary.toString();
	}

	/** A first sentence longer than the limit is cut at a word and marked as cut. */
	private static String cutAtWord(String sentence) {
		int cut = sentence.lastIndexOf(' ', MAX_CHARS - 1);
		return sentence.substring(0, (cut > 0) ? cut : MAX_CHARS - 1).stripTrailing() + "…";
	}

}
