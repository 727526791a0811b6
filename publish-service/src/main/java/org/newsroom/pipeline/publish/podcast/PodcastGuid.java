package org.newsroom.pipeline.publish.podcast;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The Podcasting 2.0 {@code podcast:guid} of a feed: a UUIDv5 of its URL without scheme
 * and trailing slashes in the namespace the specification fixes.
 */
final class PodcastGuid {

	/** The namespace UUID of the Podcasting 2.0 specification. */
	public static final UUID NAMESPACE = UUID.fromString("ead4c236-bf58-58c6-a2c6-a6b28d128cb6");

	private PodcastGuid() {
	}

	/**
	 * Derives the guid of a feed.
	 * @param feedUrl the feed URL, such as {@code https://podnews.net/rss}
	 * @return the UUIDv5
	 */
	public static UUID of(String feedUrl) {
		return uuidV5(NAMESPACE, seed(feedUrl));
	}

	static String seed(String feedUrl) {
		String seed = feedUrl.strip().replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "");
		while (seed.endsWith("/")) {
			seed = seed.substring(0, seed.length() - 1);
		}
		return seed;
	}

	/**
	 * RFC 9562 section 5.5: SHA-1 over namespace and name, version and variant bits set.
	 */
	static UUID uuidV5(UUID namespace, String name) {
		MessageDigest sha1 = sha1();
		sha1.update(ByteBuffer.allocate(16)
			.putLong(namespace.getMostSignificantBits())
			.putLong(namespace.getLeastSignificantBits())
			.array());
		byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
		hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
		hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
		ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
		return new UUID(bytes.getLong(), bytes.getLong());
	}

	private static MessageDigest sha1() {
		try {
			return MessageDigest.getInstance("SHA-1");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-1", ex);
		}
	}

}
