package org.newsroom.pipeline.ingest.intake;

import java.util.List;

import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.events.CmsEventRef;
import org.newsroom.pipeline.contract.validation.Violation;

/**
 * A CMS event as ingest read it: accepted with its normalised payload, or rejected with
 * every reason.
 *
 * @param event the CloudEvent, or {@code null} when the record was not one
 * @param content the normalised payload, when accepted
 * @param raw the value exactly as received, for audit
 * @param violations every reason it was rejected; empty when accepted
 * @param warnings what was accepted although the contract does not define it, as
 * {@code path: message}, for lineage; empty by default
 */
public record CmsEvent(CloudEvent event, CmsContent content, String raw, List<Violation> violations,
		List<String> warnings) {

	public CmsEvent {
		violations = List.copyOf(violations);
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/**
	 * An event without warnings.
	 * @param event the CloudEvent, or {@code null} when the record was not one
	 * @param content the normalised payload, when accepted
	 * @param raw the value exactly as received, for audit
	 * @param violations every reason it was rejected; empty when accepted
	 */
	public CmsEvent(CloudEvent event, CmsContent content, String raw, List<Violation> violations) {
		this(event, content, raw, violations, List.of());
	}

	/**
	 * Whether the event passed every check.
	 * @return {@code true} when accepted
	 */
	public boolean accepted() {
		return this.violations.isEmpty();
	}

	/**
	 * The CMS event reference carried through the stages.
	 * @return id, source, type and time of the CMS event
	 */
	public CmsEventRef ref() {
		return new CmsEventRef(this.event.id(), this.event.source(), this.event.type(), this.event.time());
	}

	/**
	 * Every violation on one line.
	 * @return {@code path: message; …}
	 */
	public String reason() {
		return String.join("; ", this.violations.stream().map(Violation::toString).toList());
	}

}
