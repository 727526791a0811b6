package org.newsroom.pipeline.publish.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import org.newsroom.pipeline.publish.publication.PublishedItems.Position;

/**
 * The opaque paging cursor of the content list: base64url of the last item's time and id.
 */
final class ContentCursor {

	private ContentCursor() {
	}

	static String encode(Position position) {
		String raw = position.time().toEpochMilli() + "|" + position.contentId();
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a cursor.
	 * @param cursor the cursor a previous page gave
	 * @return the position after which the next page starts
	 * @throws IllegalArgumentException if it is not a cursor of this API
	 */
	static Position decode(String cursor) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			int bar = raw.indexOf('|');
			return new Position(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, bar))), raw.substring(bar + 1));
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("Not a cursor of this API: " + cursor);
		}
	}

}
