package org.newsroom.pipeline.contract;

import java.util.Set;

/**
 * CloudEvents {@code type} values of the pipeline.
 */
public final class EventTypes {

	/** A CMS published an item for the first time. */
	public static final String PUBLISHED = "news.content.published";

	/** A CMS changed an item. */
	public static final String UPDATED = "news.content.updated";

	/** A CMS withdrew an item. */
	public static final String WITHDRAWN = "news.content.withdrawn";

	/** Ingest stored a revision. */
	public static final String INGESTED = "news.content.ingested";

	/** Enrich added metadata to a revision. */
	public static final String ENRICHED = "news.content.enriched";

	/** A service recorded what it did with an item. */
	public static final String LINEAGE = "news.pipeline.lineage";

	/** An operator asked a service to act. */
	public static final String COMMAND = "news.pipeline.command";

	/** A service recorded an operator action. */
	public static final String AUDIT = "news.pipeline.audit";

	/** Every type a CMS may send. */
	public static final Set<String> FROM_CMS = Set.of(PUBLISHED, UPDATED, WITHDRAWN);

	private EventTypes() {
	}

}
