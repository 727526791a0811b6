/**
 * The audit trail every service shares: who did which operator action, when, to what, and
 * how it ended, in the log, on {@code pipeline.audit.v1} and as a metric; failed logins
 * included.
 */
package org.newsroom.pipeline.support.audit;
