package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves a host name to all its addresses; tests pass their own so they need no DNS.
 */
@FunctionalInterface
interface HostResolver {

	/**
	 * All addresses of a host.
	 * @param host a host name
	 * @return its addresses
	 * @throws UnknownHostException if it does not resolve
	 */
	List<InetAddress> resolve(String host) throws UnknownHostException;

	/**
	 * The JVM's resolver.
	 * @return a resolver on {@link InetAddress#getAllByName(String)}
	 */
	static HostResolver system() {
		return (host) -> List.of(InetAddress.getAllByName(host));
	}

}
