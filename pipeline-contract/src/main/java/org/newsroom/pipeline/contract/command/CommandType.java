package org.newsroom.pipeline.contract.command;

/**
 * What an operator can ask a service to do.
 */
public enum CommandType {

	/** Enrich one item again with the current enrichers. */
	REENRICH,

	/** Enrich every stored item again; a backfill. */
	REENRICH_ALL,

	/** Deliver a webhook delivery again. */
	REDELIVER,

	/** Stop deliveries to a subscription. */
	DISABLE_SUBSCRIPTION,

	/** Resume deliveries to a subscription. */
	ENABLE_SUBSCRIPTION

}
