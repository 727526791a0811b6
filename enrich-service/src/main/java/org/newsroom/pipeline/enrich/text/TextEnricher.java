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
		HtmlText.Body safe = ctx.isEpisode() ? episode(body) : HtmlText.article(body);
		ctx.setBody(safe.html(), safe.text(), Words.count(safe.text()));
	}

	private static HtmlText.Body episode(String showNotes) {
		String html = HtmlText.paragraphsToHtml(showNotes);
		return new HtmlText.Body(html, HtmlText.plainText(html));
	}

}
