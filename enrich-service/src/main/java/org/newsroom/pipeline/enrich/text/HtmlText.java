package org.newsroom.pipeline.enrich.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

	private HtmlText() {
	}

	static String sanitize(String html) {
		return Jsoup.clean((html != null) ? html : "", "", SAFELIST, OUTPUT);
	}

	static String plainText(String safeHtml) {
		Document doc = Jsoup.parseBodyFragment(safeHtml);
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
		for (String paragraph : unified.split("\n\\s*\n")) {
			String clean = paragraph.replaceAll("[ \\t\\x0B\\f]+", " ").replaceAll(" ?\n ?", "\n").strip();
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

}
