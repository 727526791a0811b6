package org.newsroom.pipeline.local.banner;

/**
 * A small CMS article event for the banner's copy-and-paste commands.
 */
final class ExampleEvent {

	static final String SOURCE = "cms://newsroom/local";

	static final String TYPE = "news.content.published";

	private ExampleEvent() {
	}

	static String eventId(String contentId) {
		return "evt-" + contentId + "-1";
	}

	static String cmsPayload(String contentId) {
		return "{\"contentId\":\"" + contentId + "\",\"kind\":\"article\",\"revision\":1,"
				+ "\"headline\":\"Hello from the local stack\",\"body\":\"<p>My first article.</p>\","
				+ "\"authors\":[\"Me\"],\"section\":\"lokales\",\"firstPublishedAt\":\"2024-11-25T08:00:00Z\"}";
	}

	static String structured(String contentId) {
		return "{\"specversion\":\"1.0\",\"id\":\"" + eventId(contentId) + "\",\"source\":\"" + SOURCE
				+ "\",\"type\":\"" + TYPE + "\",\"datacontenttype\":\"application/json\",\"data\":"
				+ cmsPayload(contentId) + "}";
	}

}
