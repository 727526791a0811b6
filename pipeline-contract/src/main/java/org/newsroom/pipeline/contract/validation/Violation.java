package org.newsroom.pipeline.contract.validation;

/**
 * One reason a payload was refused.
 *
 * @param path JSON path of the offending value, such as {@code $.revision}
 * @param message what is wrong, for the engineer who connects the CMS
 */
public record Violation(String path, String message) {

	@Override
	public String toString() {
		return path + ": " + message;
	}

}
