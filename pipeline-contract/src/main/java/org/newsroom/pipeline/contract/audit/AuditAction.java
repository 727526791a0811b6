package org.newsroom.pipeline.contract.audit;

import org.newsroom.pipeline.contract.command.CommandType;

/**
 * The operator actions the audit trail records.
 */
public enum AuditAction {

	/** A dead letter sent back to the topic it failed on. */
	REPLAY,

	/** A webhook delivery sent again. */
	REDELIVER,

	/** Deliveries to a subscription stopped. */
	DISABLE_SUBSCRIPTION,

	/** Deliveries to a subscription resumed. */
	ENABLE_SUBSCRIPTION,

	/** A webhook subscription made. */
	CREATE_SUBSCRIPTION,

	/** A subscription's signing secret replaced. */
	ROTATE_SECRET,

	/** One item enriched again. */
	REENRICH,

	/** Every item enriched again. */
	BACKFILL,

	/** A login or an HTTP basic request with a wrong name or password. */
	LOGIN_FAILED;

	/**
	 * The action an operator command asks for.
	 * @param type the command's type
	 * @return the action
	 */
	public static AuditAction of(CommandType type) {
		return switch (type) {
			case REENRICH -> REENRICH;
			case REENRICH_ALL -> BACKFILL;
			case REDELIVER -> REDELIVER;
			case DISABLE_SUBSCRIPTION -> DISABLE_SUBSCRIPTION;
			case ENABLE_SUBSCRIPTION -> ENABLE_SUBSCRIPTION;
		};
	}

}
