package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.util.List;

/**
 * Whether a webhook may be sent to a URL, and why.
 *
 * @param allowed whether the target may be called
 * @param reason a sentence an operator understands
 * @param addresses the addresses the host resolved to and were checked, also for a host
 * allowed by name; a client that connects to exactly these cannot be redirected by a
 * second DNS answer
 */
public record TargetVerdict(boolean allowed, String reason, List<InetAddress> addresses) {

	static TargetVerdict allow(String reason, List<InetAddress> addresses) {
		return new TargetVerdict(true, reason, List.copyOf(addresses));
	}

	static TargetVerdict refuse(String reason) {
		return new TargetVerdict(false, reason, List.of());
	}

}
