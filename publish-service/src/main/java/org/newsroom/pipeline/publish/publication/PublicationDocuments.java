package org.newsroom.pipeline.publish.publication;

import java.time.Instant;
import java.util.Date;

import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.json.ContractJson;

/**
 * Maps publications to and from MongoDB documents; the item is kept as contract JSON, and
 * the fields feeds and the API query on are kept beside it.
 */
final class PublicationDocuments {

	private PublicationDocuments() {
	}

	static Bson itemFields(ContentEnriched event) {
		ContentItem item = event.item();
		return Updates.combine(Updates.set("revision", event.revision()),
				Updates.set("enrichmentVersion", event.enrichmentVersion()), Updates.set("item", json(item)),
				Updates.set("headline", item.headline()), Updates.set("kind", wire(item.kind())),
				Updates.set("section", item.section()),
				Updates.set("showId", (item.show() != null) ? item.show().id() : null),
				Updates.set("versioncreated", date(sortTime(item, event.enrichedAt()))),
				Updates.set("embargoed", date(item.embargoed())), Updates.set("cmsEvent", json(event.cmsEvent())));
	}

	static Bson withdrawalFields(ContentWithdrawn event) {
		return Updates.combine(Updates.set("revision", event.revision()), Updates.set("reason", event.reason()),
				Updates.set("cmsEvent", json(event.cmsEvent())), Updates.setOnInsert("enrichmentVersion", 0L),
				Updates.setOnInsert("kind", wire(event.kind())), Updates.setOnInsert("released", false));
	}

	static Publication publication(Document document) {
		String itemJson = document.getString("item");
		ContentItem item = (itemJson != null) ? ContractJson.mapper().readValue(itemJson, ContentItem.class) : null;
		String cmsJson = document.getString("cmsEvent");
		CmsEventRef cms = (cmsJson != null) ? ContractJson.mapper().readValue(cmsJson, CmsEventRef.class) : null;
		Date embargoed = document.getDate("embargoed");
		Number liveRevision = document.get("liveRevision", Number.class);
		return new Publication(document.getString("_id"), number(document, "revision"),
				number(document, "enrichmentVersion"), document.getBoolean("withdrawn", false),
				document.getString("reason"), item, kind(document.getString("kind")), cms,
				(embargoed != null) ? embargoed.toInstant() : null, document.getBoolean("released", false),
				document.getBoolean("announced", false), (liveRevision != null) ? liveRevision.longValue() : null);
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

	private static long number(Document document, String field) {
		Number value = document.get(field, Number.class);
		return (value != null) ? value.longValue() : 0;
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

	private static ContentKind kind(String wire) {
		return (wire != null) ? ContentKind.valueOf(wire.toUpperCase(java.util.Locale.ROOT)) : null;
	}

}
