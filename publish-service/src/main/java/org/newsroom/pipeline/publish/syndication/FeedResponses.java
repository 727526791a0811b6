package org.newsroom.pipeline.publish.syndication;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Answers a feed request with the validators, or {@code 304 Not Modified} when the
 * client's copy is current; the XML is only written when it is needed.
 */
public final class FeedResponses {

	private FeedResponses() {
	}

	/**
	 * The response for a feed.
	 * @param descriptor what the feed says about itself
	 * @param items the items it shows
	 * @param lastChange when what it shows last changed, or {@code null}
	 * @param request the request with its conditional headers
	 * @param type the media type
	 * @param xml writes the document
	 * @return 200 with the XML or 304
	 */
	public static ResponseEntity<String> of(FeedDescriptor descriptor, List<ContentItem> items, Instant lastChange,
			HttpServletRequest request, MediaType type, Supplier<String> xml) {
		FeedEtag validators = FeedEtag.of(descriptor, items, lastChange);
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(validators.etag());
		if (validators.lastModified() != null) {
			headers.setLastModified(validators.lastModified());
		}
		headers.setCacheControl(CacheControl.noCache().cachePublic());
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		boolean current = (ifNoneMatch != null) ? validators.matches(ifNoneMatch)
				: validators.notModifiedSince(ifModifiedSince(request));
		if (current) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).headers(headers).build();
		}
		return ResponseEntity.ok().headers(headers).contentType(type).body(xml.get());
	}

	private static Instant ifModifiedSince(HttpServletRequest request) {
		try {
			long millis = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
			return (millis >= 0) ? Instant.ofEpochMilli(millis) : null;
		}
		catch (IllegalArgumentException ex) {
			// an unreadable date is ignored, as RFC 9110 asks
			return null;
		}
	}

}
