package org.newsroom.pipeline.publish.syndication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.newsroom.pipeline.contract.events.ContentItem;

/**
 * The validators of a feed response: a strong ETag over what the feed shows and the
 * Last-Modified time, so a controller can answer {@code 304 Not Modified}.
 *
 * @param etag the quoted strong entity tag
 * @param lastModified the newest item revision time or the last change of what the feed
 * shows, whichever is later, whole seconds, or {@code null} for a feed that never had an
 * item
 */
public record FeedEtag(String etag, Instant lastModified) {

	/**
	 * Computes the validators of a feed.
	 * @param descriptor what the feed says about itself
	 * @param items the items the feed shows, in order
	 * @param lastChange when what the feed shows last changed, or {@code null}
	 * @return the validators
	 */
	public static FeedEtag of(FeedDescriptor descriptor, List<ContentItem> items, Instant lastChange) {
		MessageDigest digest = sha256();
		update(digest, descriptor.title(), descriptor.selfLink(), descriptor.siteLink(), descriptor.description(),
				descriptor.language());
		for (ContentItem item : items) {
			update(digest, item.contentId(), Long.toString(item.revision()));
		}
		// a metadata refresh keeps the revision, and a kill may leave the newest item as
		// it was: the time of the last change tells both apart
		update(digest, String.valueOf((lastChange != null) ? lastChange.toEpochMilli() : null));
		String tag = '"' + HexFormat.of().formatHex(digest.digest(), 0, 16) + '"';
		Instant newest = newest(items);
		if (lastChange != null && (newest == null || lastChange.isAfter(newest))) {
			newest = lastChange;
		}
		return new FeedEtag(tag, (newest != null) ? newest.truncatedTo(ChronoUnit.SECONDS) : null);
	}

	/**
	 * Whether an {@code If-None-Match} header names this representation.
	 * @param ifNoneMatch the header value, may be {@code null}
	 * @return {@code true} if the client's copy is current
	 */
	public boolean matches(String ifNoneMatch) {
		if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			// If-None-Match uses the weak comparison (RFC 9110, 13.1.2)
			if (tag.equals("*") || tag.equals(this.etag) || tag.equals("W/" + this.etag)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the feed is unchanged since a client's {@code If-Modified-Since} time; only
	 * to be asked when the request has no {@code If-None-Match}.
	 * @param ifModifiedSince the parsed header, may be {@code null}
	 * @return {@code true} if the client's copy is current
	 */
	public boolean notModifiedSince(Instant ifModifiedSince) {
		return ifModifiedSince != null && this.lastModified != null && !this.lastModified.isAfter(ifModifiedSince);
	}

	/**
	 * When the newest of some items last changed, for a feed's own updated time.
	 * @param items the feed's items
	 * @return the time, or {@code null} for none
	 */
	public static Instant newest(List<ContentItem> items) {
		return items.stream().map(ItemLinks::updated).filter(Objects::nonNull).max(Instant::compareTo).orElse(null);
	}

	private static void update(MessageDigest digest, String... parts) {
		for (String part : parts) {
			// a length prefix keeps ("ab","c") and ("a","bc") apart
			byte[] bytes = String.valueOf(part).getBytes(StandardCharsets.UTF_8);
			digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
			digest.update((byte) ':');
			digest.update(bytes);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

}
