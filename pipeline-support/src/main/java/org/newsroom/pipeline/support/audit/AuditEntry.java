package org.newsroom.pipeline.support.audit;

import org.newsroom.pipeline.contract.audit.AuditAction;
import org.newsroom.pipeline.contract.command.OperatorCommand;

/**
 * What an operator did, before its outcome is known.
 *
 * @param action the action
 * @param actor who did it
 * @param subject what it was done to, such as {@code subscription:s-1}
 * @param contentId the item it concerns, or {@code null}
 * @param commandId the operator command it belongs to, or {@code null}
 */
public record AuditEntry(AuditAction action, String actor, String subject, String contentId, String commandId) {

	/**
	 * An action on something that is not one item.
	 * @param action the action
	 * @param actor who did it
	 * @param subject what it was done to
	 * @return the entry
	 */
	public static AuditEntry of(AuditAction action, String actor, String subject) {
		return new AuditEntry(action, actor, subject, null, null);
	}

	/**
	 * The action an operator command asks for.
	 * @param command the command
	 * @param subject what it is done to
	 * @return the entry, with the command's item and id
	 */
	public static AuditEntry of(OperatorCommand command, String subject) {
		return new AuditEntry(AuditAction.of(command.type()), command.requestedBy(), subject, command.contentId(),
				command.id());
	}

	/**
	 * The same entry about one item.
	 * @param id the item's content id
	 * @return the entry
	 */
	public AuditEntry about(String id) {
		return new AuditEntry(this.action, this.actor, this.subject, id, this.commandId);
	}

}
