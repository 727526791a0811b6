package org.newsroom.pipeline.contract.command;

import java.time.Instant;
import java.util.Map;

/**
 * An operator's request, sent by the console on {@code pipeline.commands.v1}; the service
 * named in {@code target} carries it out.
 *
 * @param id unique id; services ignore a repeated one
 * @param type what to do
 * @param target the service that acts: ingest, enrich or publish
 * @param contentId the item, where the command is about one
 * @param arguments further arguments, such as a delivery or subscription id
 * @param requestedBy the operator's login
 * @param requestedAt when it was asked for
 */
public record OperatorCommand(String id, CommandType type, String target, String contentId,
		Map<String, String> arguments, String requestedBy, Instant requestedAt) {

	/** Argument naming a webhook delivery, of {@link CommandType#REDELIVER}. */
	public static final String DELIVERY = "delivery";

	/** Argument naming a webhook subscription, of the subscription commands. */
	public static final String SUBSCRIPTION = "subscription";

	public OperatorCommand {
		arguments = (arguments != null) ? Map.copyOf(arguments) : Map.of();
	}

}
