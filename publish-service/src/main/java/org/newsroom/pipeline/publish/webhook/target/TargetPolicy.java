package org.newsroom.pipeline.publish.webhook.target;

import java.util.List;

/**
 * Exceptions to the SSRF guard, from configuration: hosts and networks webhooks may reach
 * although they are internal.
 *
 * @param allowedHosts host names or IP literals allowed whatever they resolve to,
 * compared without case
 * @param allowedCidrs networks such as {@code 10.20.0.0/16} or {@code fd12::/64} whose
 * addresses are allowed
 */
record TargetPolicy(List<String> allowedHosts, List<String> allowedCidrs) {

	TargetPolicy {
		allowedHosts = (allowedHosts != null) ? List.copyOf(allowedHosts) : List.of();
		allowedCidrs = (allowedCidrs != null) ? List.copyOf(allowedCidrs) : List.of();
	}

	/**
	 * No exceptions: only public addresses.
	 * @return the strict policy
	 */
	static TargetPolicy strict() {
		return new TargetPolicy(List.of(), List.of());
	}

}
