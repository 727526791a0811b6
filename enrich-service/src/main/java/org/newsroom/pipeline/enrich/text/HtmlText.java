package org.newsroom.pipeline.enrich.text;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Sanitizes body HTML and turns it into plain text with paragraph breaks.
 */
final class HtmlText {

	/**
	 * Jsoup's relaxed list keeps structure (paragraphs, lists, links, images, tables) but
	 * drops script, iframe, svg, style, every {@code on*} handler and any URL that is not
	 * http(s), ftp or mailto.
	 */
	private static final Safelist SAFELIST = Safelist.relaxed().addTags("figure", "figcaption");

	private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false)
		.escapeMode(Entities.EscapeMode.base);

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\n\\s*\n");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");

	private static final Pattern LINE_EDGE = Pattern.compile(" ?\n ?");

	private HtmlText() {
	}

	/**
	 * An article's body made safe, and its plain text, from one parse (what
	 * {@link Jsoup#clean} does, without parsing its output again).
	 * @param html the CMS's body HTML, may be {@code null}
	 * @return the safe HTML and its text
	 */
	static Body article(String html) {
		Document clean = new Cleaner(SAFELIST).clean(Jsoup.parseBodyFragment((html != null) ? html : "", ""));
		clean.outputSettings(OUTPUT);
		return new Body(clean.body().html(), text(clean));
	}

	static String plainText(String safeHtml) {
		return text(Jsoup.parseBodyFragment(safeHtml));
	}

	private static String text(Document doc) {
		StringBuilder out = new StringBuilder();
		NodeTraversor.traverse(new TextCollector(out), doc.body());
		return normalize(out.toString());
	}

	/** Episode show notes: blank lines separate paragraphs. */
	static String paragraphsToHtml(String text) {
		StringBuilder html = new StringBuilder();
		for (String paragraph : normalize(text).split("\n\n")) {
			if (!paragraph.isBlank()) {
				html.append("<p>").append(Entities.escape(paragraph.replace('\n', ' '))).append("</p>");
			}
		}
		return html.toString();
	}

	static String normalize(String text) {
		String unified = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
		StringBuilder out = new StringBuilder();
		for (String paragraph : PARAGRAPH_BREAK.split(unified)) {
			String clean = LINE_EDGE.matcher(SPACES.matcher(paragraph).replaceAll(" ")).replaceAll("\n").strip();
			if (!clean.isEmpty()) {
				out.append(out.isEmpty() ? "" : "\n\n").append(clean);
			}
		}
		return out.toString();
	}

	private record TextCollector(StringBuilder out) implements NodeVisitor {

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode text) {
				this.out.append(text.getWholeText().replace('\n', ' '));
			}
			else if (node instanceof Element element && element.normalName().equals("br")) {
				this.out.append('\n');
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element && element.isBlock() && depth > 0
					&& !element.normalName().equals("br")) {
				this.out.append("\n\n");
			}
		}

	}

	/**
	 * A body as the audience gets it.
	 *
	 * @param html safe HTML
	 * @param text plain text, paragraphs separated by a blank line
	 */
	record Body(String html, String text) {
	}

}
