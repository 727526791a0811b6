package org.newsroom.pipeline.publish.webhook;

import java.time.Instant;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.json.ContractJson;

/**
 * The body of a webhook, {@code {type, timestamp, data}} as Standard Webhooks suggests.
 *
 * @param type {@code content.published}, {@code content.updated} or
 * {@code content.withdrawn}
 * @param timestamp when the event happened
 * @param data the item, or a {@link Withdrawal}
 * @param deliveryId {@code contentId:revision:event}, sent as {@code webhook-id}; not
 * part of the body
 */
public record WebhookPayload(String type, Instant timestamp, Object data, @JsonIgnore String deliveryId) {

	public WebhookPayload {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(data, "data");
	}

	/**
	 * A published or updated item.
	 * @param event {@link WebhookEvent#PUBLISHED} or {@link WebhookEvent#UPDATED}
	 * @param item the item as published
	 * @param timestamp when it was published
	 * @return the payload
	 */
	public static WebhookPayload of(WebhookEvent event, ContentItem item, Instant timestamp) {
		return of(event, event.idSuffix(), item, timestamp);
	}

	/**
	 * An item that went live, changed or got new metadata, under an id of its own.
	 * @param event what happened
	 * @param idSuffix the last part of the delivery id, such as {@code refreshed-v2}
	 * @param item the item as published
	 * @param timestamp when it happened
	 * @return the payload
	 */
	public static WebhookPayload of(WebhookEvent event, String idSuffix, ContentItem item, Instant timestamp) {
		if (event == WebhookEvent.WITHDRAWN) {
			throw new IllegalArgumentException("A withdrawal carries a Withdrawal, not the item");
		}
		return new WebhookPayload(event.type(), timestamp, item,
				item.contentId() + ":" + item.revision() + ":" + idSuffix);
	}

	/**
	 * A withdrawn item.
	 * @param withdrawal what was withdrawn and why
	 * @param timestamp when it was withdrawn
	 * @return the payload
	 */
	public static WebhookPayload withdrawn(Withdrawal withdrawal, Instant timestamp) {
		return new WebhookPayload(WebhookEvent.WITHDRAWN.type(), timestamp, withdrawal,
				deliveryId(withdrawal.contentId(), withdrawal.revision(), WebhookEvent.WITHDRAWN));
	}

	/**
	 * The deterministic id of a delivery, so subscribers can drop repeats.
	 * @param contentId the item
	 * @param revision its revision
	 * @param event what happened
	 * @return {@code contentId:revision:event}
	 */
	public static String deliveryId(String contentId, long revision, WebhookEvent event) {
		return contentId + ":" + revision + ":" + event.idSuffix();
	}

	/**
	 * The bytes to sign and send.
	 * @return the JSON in UTF-8
	 */
	public byte[] toJson() {
		return ContractJson.mapper().writeValueAsBytes(this);
	}

	/**
	 * The data of a withdrawal.
	 *
	 * @param contentId the item
	 * @param revision the revision of the withdrawal
	 * @param reason why, as the CMS gave it
	 */
	public record Withdrawal(String contentId, long revision, String reason) {
	}

}
