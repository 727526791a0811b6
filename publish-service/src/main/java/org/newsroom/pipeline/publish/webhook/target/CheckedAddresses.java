package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.apache.hc.client5.http.DnsResolver;

/**
 * The HTTP client's only DNS: it answers with the addresses the target guard checked for
 * the attempt running on this thread and with nothing otherwise, so a second DNS answer
 * never decides where a webhook goes.
 */
public final class CheckedAddresses implements DnsResolver {

	// the classic client connects on the thread that executes the request
	private final ThreadLocal<Pin> current = new ThreadLocal<>();

	/**
	 * Lets the client connect to a host's checked addresses on this thread until the
	 * returned scope is closed.
	 * @param host the URL's host
	 * @param addresses the addresses the guard checked for this attempt, tried in this
	 * order
	 * @return the scope to close when the attempt ends
	 */
	public Scope pin(String host, List<InetAddress> addresses) {
		this.current.set(new Pin(TargetGuard.normalize(host), List.copyOf(addresses)));
		return this.current::remove;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		Pin pin = this.current.get();
		if (pin == null || pin.addresses().isEmpty() || !pin.host().equals(TargetGuard.normalize(host))) {
			throw new UnknownHostException("No checked address for " + host + "; not connecting");
		}
		return pin.addresses().toArray(InetAddress[]::new);
	}

	@Override
	public String resolveCanonicalHostname(String host) {
		// no lookup: a canonical name would be a second answer
		return host;
	}

	/** Ends a pin; closing never fails. */
	public interface Scope extends AutoCloseable {

		@Override
		void close();

	}

	private record Pin(String host, List<InetAddress> addresses) {
	}

}
