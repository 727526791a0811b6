package org.newsroom.pipeline.contract.validation;

import java.util.List;
import java.util.stream.Collectors;

import org.newsroom.pipeline.contract.cms.CmsContent;

/**
 * The outcome of validating a CMS payload: the bound payload, or every violation.
 *
 * @param content the payload, when valid
 * @param violations every violation found; empty when valid
 */
public record ValidationResult(CmsContent content, List<Violation> violations) {

	public ValidationResult {
		violations = List.copyOf(violations);
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
