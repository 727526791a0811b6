package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.util.List;
import java.util.function.Function;

/**
 * Target guards for the tests of the features that check targets: the strict one on the
 * JVM's resolver, and one that allows some networks on a test DNS.
 */
public final class TestGuards {

	private TestGuards() {
	}

	public static TargetGuard strict() {
		return new TargetGuard(TargetPolicy.strict(), HostResolver.system());
	}

	public static TargetGuard allowing(List<String> cidrs, Function<String, List<InetAddress>> dns) {
		return new TargetGuard(new TargetPolicy(List.of(), cidrs), dns::apply);
	}

}
