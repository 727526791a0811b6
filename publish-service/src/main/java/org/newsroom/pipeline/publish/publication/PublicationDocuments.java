package org.newsroom.pipeline.publish.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.publish.webhook.WebhookEvent;
import org.newsroom.pipeline.support.mongo.BsonValues;
import org.newsroom.pipeline.support.mongo.GuardedWrites;

/**
 * Maps publications to and from MongoDB documents; the item is kept as contract JSON, and
 * the fields feeds and the API query on are kept beside it.
 */
final class PublicationDocuments {

	/**
	 * When what the channels show of the item last changed, for the feeds' validators.
	 */
	static final String CHANGED_AT = "changedAt";

	private PublicationDocuments() {
	}

	/** Every field of a state, for a write of the whole state. */
	static Bson fields(Publication p) {
		ContentItem item = p.item();
		List<Bson> fields = new ArrayList<>(
				List.of(Updates.set("revision", p.revision()), Updates.set("enrichmentVersion", p.enrichmentVersion()),
						Updates.set("withdrawn", p.withdrawn()), Updates.set("reason", p.reason()),
						Updates.set("takedown", p.takedown()), Updates.set("kind", wire(p.kind())),
						Updates.set("cmsEvent", json(p.cmsEvent())), Updates.set("embargoed", date(p.embargoed())),
						Updates.set("released", p.released()), Updates.set("live", p.live()),
						Updates.set("announced", p.announced()), Updates.set("liveRevision", p.liveRevision()),
						Updates.set("announcement", (p.announcement() != null) ? p.announcement().name() : null),
						Updates.set("writtenAt", p.writtenAt()), Updates.set(CHANGED_AT, Date.from(Instant.now()))));
		if (item != null) {
			fields.addAll(List.of(Updates.set("item", json(item)), Updates.set("headline", item.headline()),
					Updates.set("section", item.section()),
					Updates.set("showId", (item.show() != null) ? item.show().id() : null),
					Updates.set("versioncreated", date(sortTime(item, Instant.now())))));
		}
		return Updates.combine(fields);
	}

	static Publication publication(Document document) {
		String itemJson = document.getString("item");
		ContentItem item = (itemJson != null) ? ContractJson.mapper().readValue(itemJson, ContentItem.class) : null;
		String cmsJson = document.getString("cmsEvent");
		CmsEventRef cms = (cmsJson != null) ? ContractJson.mapper().readValue(cmsJson, CmsEventRef.class) : null;
		Date embargoed = document.getDate("embargoed");
		Number liveRevision = document.get("liveRevision", Number.class);
		return new Publication(document.getString("_id"), BsonValues.number(document, "revision"),
				BsonValues.number(document, "enrichmentVersion"), document.getBoolean("withdrawn", false),
				document.getString("reason"), document.getBoolean("takedown", false), item,
				kind(document.getString("kind")), cms, (embargoed != null) ? embargoed.toInstant() : null,
				document.getBoolean("released", false), document.getBoolean("announced", false),
				(liveRevision != null) ? liveRevision.longValue() : null,
				announcement(document.getString("announcement")), document.getString("writtenAt"),
				BsonValues.number(document, GuardedWrites.WRITES));
	}

	static ContentItem item(Document document) {
		return ContractJson.mapper().readValue(document.getString("item"), ContentItem.class);
	}

	/** The time feeds and the API order by; never missing, so cursors always work. */
	static Instant sortTime(ContentItem item, Instant fallback) {
		if (item.versioncreated() != null) {
			return item.versioncreated();
		}
		if (item.firstcreated() != null) {
			return item.firstcreated();
		}
		return (fallback != null) ? fallback : Instant.EPOCH;
	}

	private static String json(Object value) {
		return (value != null) ? ContractJson.mapper().writeValueAsString(value) : null;
	}

	private static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static String wire(ContentKind kind) {
		return (kind != null) ? kind.wireName() : null;
	}

	private static WebhookEvent announcement(String name) {
		return (name != null) ? WebhookEvent.valueOf(name) : null;
	}

	private static ContentKind kind(String wire) {
		return (wire != null) ? ContentKind.valueOf(wire.toUpperCase(java.util.Locale.ROOT)) : null;
	}

}
