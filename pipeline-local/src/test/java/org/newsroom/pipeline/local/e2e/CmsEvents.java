package org.newsroom.pipeline.local.e2e;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.newsroom.pipeline.local.demo.SampleRecord;

/**
 * Makes CMS records like the samples: CloudEvents binary-mode headers and a valid
 * article.
 */
public final class CmsEvents {

	private CmsEvents() {
	}

	/**
	 * Valid first revisions of articles {@code <prefix>-<from>} to
	 * {@code <prefix>-<to - 1>}.
	 * @param prefix the content id prefix, unique per test
	 * @param from first number, inclusive
	 * @param to last number, exclusive
	 * @return the records in order
	 */
	public static List<SampleRecord> articles(String prefix, int from, int to) {
		return IntStream.range(from, to).mapToObj((n) -> article(prefix + "-" + n)).toList();
	}

	/**
	 * A valid first revision of an article in the {@code wirtschaft} section.
	 * @param contentId the item
	 * @return the record
	 */
	public static SampleRecord article(String contentId) {
		String value = """
				{"contentId":"%s","kind":"article","revision":1,\
				"headline":"Tarifrunde %s: Einigung im öffentlichen Dienst","authors":["Anja Krüger"],\
				"body":"<p>Berlin. Die Gewerkschaft Verdi und der Bund haben sich am Freitag auf einen neuen \
				Tarifvertrag geeinigt. Die Löhne steigen in zwei Stufen.</p><p>Die Arbeitgeber sprachen von \
				einem teuren, aber tragbaren Kompromiss.</p>","section":"wirtschaft",\
				"firstPublishedAt":"2024-11-15T09:30:00Z"}""".formatted(contentId, contentId);
		return new SampleRecord(contentId, headers("evt-" + contentId, "news.content.published"), value);
	}

	/**
	 * CloudEvents binary-mode headers as the CMS sends them.
	 * @param eventId {@code ce_id}
	 * @param type {@code ce_type}
	 * @return the headers in order
	 */
	public static Map<String, String> headers(String eventId, String type) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("ce_specversion", "1.0");
		headers.put("ce_id", eventId);
		headers.put("ce_source", "cms://newsroom/editorial");
		headers.put("ce_type", type);
		headers.put("ce_time", Instant.now().toString());
		headers.put("content-type", "application/json");
		return headers;
	}

}
