package org.newsroom.pipeline.contract.validation;

/**
 * What becomes of a top-level field that the payload's schema does not define.
 */
public enum UnknownFieldPolicy {

	/** The payload is refused; a mistyped field must not be lost without a word. */
	REJECT,

	/** The payload is accepted without the field, and the result carries a warning. */
	WARN

}
