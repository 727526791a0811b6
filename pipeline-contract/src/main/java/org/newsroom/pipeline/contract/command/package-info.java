/**
 * Operator commands the console sends on {@code pipeline.commands.v1}: re-enrich one or
 * every item, redeliver a webhook, disable or enable a subscription.
 */
package org.newsroom.pipeline.contract.command;
