package org.newsroom.pipeline.contract.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An event one stage hands to the next. The JSON carries its kind in the {@code event}
 * property, so one topic can hold both items and withdrawals of the same key in order.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "event")
@JsonSubTypes({ @JsonSubTypes.Type(value = ContentIngested.class, name = "ingested"),
		@JsonSubTypes.Type(value = ContentEnriched.class, name = "enriched"),
		@JsonSubTypes.Type(value = ContentPublished.class, name = "published"),
		@JsonSubTypes.Type(value = ContentWithdrawn.class, name = "withdrawn") })
public sealed interface StageEvent permits ContentIngested, ContentEnriched, ContentPublished, ContentWithdrawn {

	/**
	 * The item's id, also the Kafka key.
	 * @return the content id
	 */
	String contentId();

	/**
	 * The CMS revision this event is about.
	 * @return the revision
	 */
	long revision();

	/**
	 * The deterministic CloudEvent id of this event at a stage:
	 * {@code contentId:revision:stage}; consumers drop repeats by it.
	 * @param contentId the item
	 * @param revision the revision
	 * @param stage the stage that emits it
	 * @return the id
	 */
	static String eventId(String contentId, long revision, String stage) {
		return contentId + ":" + revision + ":" + stage;
	}

}
