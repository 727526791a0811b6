/**
 * The audit trail as the console keeps it: every operator action of every service, with
 * who, when, what and the outcome, paged and filtered.
 */
package org.newsroom.pipeline.console.audit;
