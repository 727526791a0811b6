package org.newsroom.pipeline.console.command;

import java.time.Instant;
import java.util.Map;

import org.newsroom.pipeline.contract.command.CommandType;

/**
 * A command an operator sent, as the console lists it.
 *
 * @param id the command id
 * @param type what was asked
 * @param target the service asked
 * @param contentId the item, or {@code null}
 * @param arguments further arguments
 * @param requestedBy the operator
 * @param requestedAt when
 * @param status {@code SENT} or {@code FAILED}
 */
public record CommandRecord(String id, CommandType type, String target, String contentId, Map<String, String> arguments,
		String requestedBy, Instant requestedAt, String status) {
}
