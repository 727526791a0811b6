package org.newsroom.pipeline.local.reliability;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.kafka.common.header.Header;

/**
 * Valid CMS records: CloudEvents binary-mode headers and an article whose headline names
 * its id and revision, so a feed shows which revision it holds.
 */
final class CmsRecords {

	private CmsRecords() {
	}

	/** First revisions of {@code <prefix>-<from>} to {@code <prefix>-<to - 1>}. */
	static List<Outgoing> articles(String prefix, int from, int to) {
		return IntStream.range(from, to).mapToObj((n) -> article(prefix + "-" + n, 1)).toList();
	}

	static Outgoing article(String contentId, long revision) {
		return Outgoing.of(contentId, headers(contentId, revision),
				value(contentId, revision, headline(contentId, revision),
						"<p>Berlin. Die Gewerkschaft Verdi und der Bund haben sich geeinigt.</p>"));
	}

	/** An article with one more top-level field, such as an embargo. */
	static Outgoing articleWith(String contentId, String field, String jsonValue) {
		String value = value(contentId, 1, headline(contentId, 1),
				"<p>Berlin. Die Gewerkschaft Verdi und der Bund haben sich geeinigt.</p>");
		return Outgoing.of(contentId, headers(contentId, 1),
				value.substring(0, value.length() - 1) + ",\"" + field + "\":" + jsonValue + "}");
	}

	/** A withdrawal (a kill) of the given revision. */
	static Outgoing withdrawal(String contentId, long revision) {
		return withdrawal(contentId, revision, false);
	}

	/** A takedown of the given revision: a withdrawal no subscriber is told of. */
	static Outgoing takedown(String contentId, long revision) {
		return withdrawal(contentId, revision, true);
	}

	private static Outgoing withdrawal(String contentId, long revision, boolean takedown) {
		List<Header> headers = new ArrayList<>(headers(contentId, revision));
		headers.set(1, Outgoing.header("ce_id", "evt-" + contentId + "-w" + revision));
		headers.set(3, Outgoing.header("ce_type", "news.content.withdrawn"));
		return Outgoing.of(contentId, headers, """
				{"contentId":"%s","kind":"article","revision":%d,"reason":"legal","takedown":%b}""".formatted(contentId,
				revision, takedown));
	}

	static String headline(String contentId, long revision) {
		return "Meldung " + contentId + " Fassung " + revision;
	}

	static String value(String contentId, long revision, String headline, String body) {
		return """
				{"contentId":"%s","kind":"article","revision":%d,"headline":%s,"authors":["Anja Krüger"],\
				"body":%s,"section":"wirtschaft","firstPublishedAt":"2024-11-15T09:30:00Z"}""".formatted(contentId,
				revision, quote(headline), quote(body));
	}

	static List<Header> headers(String contentId, long revision) {
		List<Header> headers = new ArrayList<>();
		headers.add(Outgoing.header("ce_specversion", "1.0"));
		headers.add(Outgoing.header("ce_id", "evt-" + contentId + "-" + revision));
		headers.add(Outgoing.header("ce_source", "cms://newsroom/editorial"));
		headers.add(Outgoing.header("ce_type", (revision == 1) ? "news.content.published" : "news.content.updated"));
		headers.add(Outgoing.header("ce_time", Instant.now().toString()));
		headers.add(Outgoing.header("content-type", "application/json"));
		return headers;
	}

	/** A JSON string literal; the texts here need only quotes and backslashes escaped. */
	static String quote(String text) {
		StringBuilder json = new StringBuilder("\"");
		text.codePoints().forEach((c) -> {
			if (c == '"' || c == '\\') {
				json.append('\\').appendCodePoint(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", c));
			}
			else {
				json.appendCodePoint(c);
			}
		});
		return json.append('"').toString();
	}

}
