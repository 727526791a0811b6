package org.newsroom.pipeline.console.audit;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.audit.AuditOutcome;

/**
 * Which audit records to list; a {@code null} filter matches everything.
 *
 * @param action only this action
 * @param outcome only this outcome
 * @param actor only this operator
 * @param contentId only about this item
 * @param page the page, from 0
 * @param size records per page, 1 to {@value #MAX_SIZE}
 */
record AuditQuery(AuditAction action, AuditOutcome outcome, String actor, String contentId, int page, int size) {

	/** The most records one page holds. */
	public static final int MAX_SIZE = 200;

	/** Records per page unless asked otherwise. */
	public static final int DEFAULT_SIZE = 50;

	public AuditQuery {
		actor = blankToNull(actor);
		contentId = blankToNull(contentId);
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
