package org.newsroom.pipeline.console.lineage;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.support.mongo.BsonValues;

/**
 * Maps lineage events to and from documents of the {@code lineage} collection.
 */
final class LineageDocuments {

	static final String COLLECTION = "lineage";

	static final String CONTENT_ID = "contentId";

	static final String SERVICE = "service";

	static final String STAGE = "stage";

	static final String OUTCOME = "outcome";

	static final String HEADLINE = "headline";

	static final String AT = "at";

	static final String CMS_TIME = "cmsTime";

	static final String DURATION = "durationMicros";

	static final String DETAIL = "detail";

	static final String REVISION = "revision";

	private LineageDocuments() {
	}

	static Document toDocument(LineageEvent event) {
		return new Document("_id", event.id()).append(CONTENT_ID, event.contentId())
			.append("revision", event.revision())
			.append(SERVICE, event.service())
			.append(STAGE, event.stage())
			.append(OUTCOME, (event.outcome() != null) ? event.outcome().name() : null)
			.append("detail", event.detail())
			.append(HEADLINE, event.headline())
			.append(CMS_TIME, date(event.cmsTime()))
			.append(AT, date((event.at() != null) ? event.at() : Instant.now()))
			.append(DURATION, event.durationMicros())
			.append("traceId", event.traceId())
			.append("kind", event.kind())
			.append("section", event.section())
			.append("embargoEnd", date(event.embargoEnd()));
	}

	static LineageEvent toEvent(Document document) {
		String outcome = document.getString(OUTCOME);
		return new LineageEvent(document.getString("_id"), document.getString(CONTENT_ID),
				BsonValues.number(document, "revision"), document.getString(SERVICE), document.getString(STAGE),
				(outcome != null) ? LineageOutcome.valueOf(outcome) : null, document.getString("detail"),
				document.getString(HEADLINE), instant(document.getDate(CMS_TIME)), instant(document.getDate(AT)),
				BsonValues.number(document, DURATION), document.getString("traceId"), document.getString("kind"),
				document.getString("section"), instant(document.getDate("embargoEnd")));
	}

	static Date date(Instant instant) {
		return (instant != null) ? Date.from(instant) : null;
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

}
