/**
 * Operator commands: sends {@code OperatorCommand}s on the commands topic (re-enrich to
 * {@code enrich}; redeliver, disable and enable a subscription to {@code publish}) and
 * keeps each in the {@code commands} collection with who asked and whether the broker
 * took it. Arguments: {@code deliveryId} and {@code subscriptionId}.
 */
package org.newsroom.pipeline.console.command;
