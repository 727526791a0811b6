package org.newsroom.pipeline.local.compose;

/**
 * Reads the version part of an image reference such as {@code apache/kafka:4.1.2} or
 * {@code registry:5000/team/app@sha256:...}.
 */
final class ImageReference {

	private ImageReference() {
	}

	/**
	 * The tag or digest of an image.
	 * @param image the reference; {@code null} when the service names no image
	 * @return the tag, the digest, or an empty string when neither is given
	 */
	static String tagOf(String image) {
		if (image == null) {
			return "";
		}
		int digest = image.indexOf('@');
		if (digest >= 0) {
			return image.substring(digest + 1);
		}
		String name = image.substring(image.lastIndexOf('/') + 1);
		int colon = name.lastIndexOf(':');
		return (colon >= 0) ? name.substring(colon + 1) : "";
	}

}
