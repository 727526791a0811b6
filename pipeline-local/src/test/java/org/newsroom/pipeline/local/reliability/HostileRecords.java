package org.newsroom.pipeline.local.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.common.header.Header;

/**
 * Hostile CMS records, each keyed {@code <prefix>-<kind>-<n>}: some must be dead-lettered
 * (unreadable), others are valid once normalized and sanitized and must be published
 * harmless.
 */
final class HostileRecords {

	/** Kinds ingest must refuse into its dead-letter topic. */
	static final List<String> REFUSED = List.of("invalid-json", "wrong-types", "deep-nesting", "invalid-utf8",
			"huge-body");

	/** Kinds that are valid after normalization and sanitizing. */
	static final List<String> SANITIZED = List.of("control-chars", "html-injection", "billion-laughs",
			"thousand-headers");

	private HostileRecords() {
	}

	static List<Outgoing> make(String prefix, int count) {
		List<String> kinds = new ArrayList<>(REFUSED);
		kinds.addAll(SANITIZED);
		List<Outgoing> records = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			String kind = kinds.get(n % kinds.size());
			// One 5 MB record is enough to hit the size limit; more only slow the build.
			if (!"huge-body".equals(kind) || n < kinds.size()) {
				records.add(record(kind, prefix + "-" + kind + "-" + n));
			}
		}
		return records;
	}

	static boolean refused(String contentId) {
		return REFUSED.stream().anyMatch((kind) -> contentId.contains("-" + kind + "-"));
	}

	private static Outgoing record(String kind, String id) {
		List<Header> headers = CmsRecords.headers(id, 1);
		return switch (kind) {
			case "invalid-json" -> Outgoing.of(id, headers, "{\"contentId\":\"" + id + "\",\"kind\":");
			case "wrong-types" -> Outgoing.of(id, headers, "{\"contentId\":[1,2],\"kind\":42,\"revision\":\"one\","
					+ "\"headline\":{\"a\":1},\"body\":false}");
			case "deep-nesting" -> Outgoing.of(id, headers, "[".repeat(10_000) + "]".repeat(10_000));
			case "invalid-utf8" -> new Outgoing(id, headers, invalidUtf8(id));
			case "huge-body" ->
				Outgoing.of(id, headers, CmsRecords.value(id, 1, "Groß", "<p>" + "x".repeat(5 << 20) + "</p>"));
			case "control-chars" -> Outgoing.of(id, headers, CmsRecords.value(id, 1,
					"Meldung\u0000\u0007\u001b[31m " + id, "<p>Text\u0000\u0008 mit Steuerzeichen</p>"));
			case "html-injection" -> Outgoing.of(id, headers, CmsRecords.value(id, 1,
					"<script>alert(1)</script>]]></title><x> " + id,
					"<p onclick=\"alert(2)\">Hallo</p><script>alert(3)</script><iframe src=\"javascript:alert(4)\"></iframe>"
							+ "<![CDATA[ ]]></description>"));
			case "billion-laughs" -> Outgoing.of(id, headers, CmsRecords.value(id, 1, "Lachen " + id, billionLaughs()));
			default -> Outgoing.of(id, thousandHeaders(headers),
					CmsRecords.value(id, 1, "Viele Header " + id, "<p>Ein Artikel mit tausend Headern.</p>"));
		};
	}

	private static byte[] invalidUtf8(String id) {
		byte[] valid = CmsRecords.value(id, 1, "Ungültig XX", "<p>Text</p>").getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + 1 < valid.length; at++) {
			if (valid[at] == 'X' && valid[at + 1] == 'X') {
				// 0xC3 0x28: a lead byte followed by no continuation byte.
				valid[at] = (byte) 0xC3;
				valid[at + 1] = (byte) 0x28;
			}
		}
		return valid;
	}

	private static String billionLaughs() {
		StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
		for (int level = 1; level <= 9; level++) {
			String previous = (level == 1) ? "&lol;" : "&lol" + (level - 1) + ";";
			doc.append("<!ENTITY lol").append(level).append(" \"").append(previous.repeat(10)).append("\">");
		}
		return doc.append("]><p>&lol9;</p>").toString();
	}

	private static List<Header> thousandHeaders(List<Header> headers) {
		List<Header> many = new ArrayList<>(headers);
		for (int n = many.size(); n < 1000; n++) {
			many.add(Outgoing.header("x-noise-" + n, "wert " + n));
		}
		return many;
	}

}
