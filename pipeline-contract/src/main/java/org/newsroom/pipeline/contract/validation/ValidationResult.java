package org.newsroom.pipeline.contract.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.newsroom.pipeline.contract.cms.CmsContent;

/**
 * The outcome of validating a CMS payload: the bound payload, or every violation.
 *
 * @param content the payload, when valid
 * @param violations every violation found; empty when valid
 * @param warnings what was accepted although the contract does not define it, such as
 * unknown fields under {@link UnknownFieldPolicy#WARN}; empty otherwise
 */
public record ValidationResult(CmsContent content, List<Violation> violations, List<Violation> warnings) {

	public ValidationResult {
		violations = List.copyOf(violations);
		warnings = (warnings != null) ? List.copyOf(warnings) : List.of();
	}

	/**
	 * An outcome without warnings.
	 * @param content the payload, when valid
	 * @param violations every violation found; empty when valid
	 */
	public ValidationResult(CmsContent content, List<Violation> violations) {
		this(content, violations, List.of());
	}

	/**
	 * Whether the payload passed every check.
	 * @return {@code true} when there are no violations
	 */
	public boolean isValid() {
		return violations.isEmpty();
	}

	/**
	 * All violations on one line, for a dead-letter header or a log.
	 * @return {@code path: message; path: message}
	 */
	public String summary() {
		return violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
	}

}
