package org.newsroom.pipeline.enrich.text;

import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;

/**
 * Sanitizes the body HTML and derives the plain text, word and character counts; episode
 * show notes are plain text and become {@code
 *
<p>
 * } paragraphs.
 */
public final class TextEnricher implements Enricher {

	@Override
	public String name() {
		return "text";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		String body = (ctx.content().body() != null) ? ctx.content().body() : "";
		String html = ctx.isEpisode() ? HtmlText.paragraphsToHtml(body) : HtmlText.sanitize(body);
		String text = HtmlText.plainText(html);
		ctx.setBody(html, text, Words.count(text));
	}

}
