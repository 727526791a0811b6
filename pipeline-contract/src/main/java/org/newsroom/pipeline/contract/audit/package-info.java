/**
 * The audit trail's record: who did which operator action, when, to what, and how it
 * ended.
 */
package org.newsroom.pipeline.contract.audit;
