package org.newsroom.pipeline.support.security;

/**
 * The two roles of the pipeline's users.
 */
public final class Roles {

	/** Sees everything and may act: replay, redeliver, manage subscriptions. */
	public static final String OPERATOR = "OPERATOR";

	/** Sees everything, changes nothing. */
	public static final String VIEWER = "VIEWER";

	private Roles() {
	}

}
