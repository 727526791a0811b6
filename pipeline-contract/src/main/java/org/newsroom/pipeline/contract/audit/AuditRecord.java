package org.newsroom.pipeline.contract.audit;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One operator action and its outcome, sent by the service that saw it on
 * {@code pipeline.audit.v1}; the console keeps every one.
 *
 * @param id unique id of this record
 * @param action what was done
 * @param outcome how it ended, or that it was only asked for so far
 * @param actor who did it: the operator's login, or the name tried at a failed login
 * @param service the service that recorded it
 * @param subject what it was done to, such as {@code subscription:s-1} or
 * {@code dead-letter:…}
 * @param contentId the item it concerns, or {@code null}
 * @param commandId the operator command it belongs to, or {@code null}; the console's
 * request and the service's outcome share it
 * @param detail a reason or note for operators; never a secret
 * @param at when it was recorded
 * @param progress how far a long action has got, or {@code null}; set on its
 * {@code STARTED}, {@code PROGRESS}, {@code DONE} and {@code FAILED} records
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditRecord(String id, AuditAction action, AuditOutcome outcome, String actor, String service,
		String subject, String contentId, String commandId, String detail, Instant at, AuditProgress progress) {
}
