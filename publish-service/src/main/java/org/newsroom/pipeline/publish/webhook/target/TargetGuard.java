package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps webhooks from reaching internal services (SSRF): only http(s) URLs whose host
 * resolves to public addresses only, unless configuration allows the host or network. A
 * delivery checks again before every attempt and connects only to the addresses of that
 * verdict ({@code CheckedAddresses}), never following redirects, or a second DNS answer
 * or a 302 would get around the check.
 */
public final class TargetGuard {

	private static final Set<String> SCHEMES = Set.of("http", "https");

	private final Set<String> allowedHosts;

	private final List<Cidr> allowedCidrs;

	private final HostResolver resolver;

	/**
	 * Creates a guard.
	 * @param policy the configured exceptions
	 * @param resolver how host names become addresses
	 * @throws IllegalArgumentException if an allowed CIDR is not a network
	 */
	TargetGuard(TargetPolicy policy, HostResolver resolver) {
		this.allowedHosts = policy.allowedHosts().stream().map(TargetGuard::normalize).collect(Collectors.toSet());
		this.allowedCidrs = policy.allowedCidrs().stream().map(Cidr::parse).toList();
		this.resolver = resolver;
	}

	/**
	 * Decides whether a webhook may be sent to a URL.
	 * @param url the subscription's URL
	 * @return the verdict with a readable reason
	 */
	public TargetVerdict check(String url) {
		if (url == null) {
			return TargetVerdict.refuse("No URL");
		}
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return TargetVerdict.refuse("'" + url + "' is not a valid URL");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!SCHEMES.contains(scheme)) {
			return TargetVerdict.refuse("Only http and https URLs are allowed, not '" + scheme + "'");
		}
		if (uri.getHost() == null || uri.getHost().isBlank()) {
			return TargetVerdict.refuse("'" + url + "' has no host");
		}
		return checkAddresses(normalize(uri.getHost()));
	}

	private TargetVerdict checkAddresses(String host) {
		List<InetAddress> addresses;
		try {
			Optional<InetAddress> literal = IpLiterals.parse(host);
			addresses = literal.isPresent() ? List.of(literal.get()) : this.resolver.resolve(host);
		}
		catch (UnknownHostException ex) {
			return TargetVerdict.refuse("Host " + host + " does not resolve");
		}
		if (addresses == null || addresses.isEmpty()) {
			return TargetVerdict.refuse("Host " + host + " has no addresses");
		}
		if (this.allowedHosts.contains(host)) {
			// allowed whatever it resolves to, but still reached only at these addresses
			return TargetVerdict.allow("Host " + host + " is allowed by configuration", addresses);
		}
		for (InetAddress address : addresses) {
			if (isAllowed(address)) {
				continue;
			}
			Optional<String> blocked = BlockedRanges.classify(address);
			if (blocked.isPresent()) {
				return TargetVerdict.refuse("Host " + host + " resolves to " + address.getHostAddress() + ", a "
						+ blocked.get() + " address; allow it in configuration if this is intended");
			}
		}
		return TargetVerdict.allow("Host " + host + " resolves to public addresses only", addresses);
	}

	private boolean isAllowed(InetAddress address) {
		Optional<InetAddress> embedded = BlockedRanges.embeddedIpv4(address);
		return this.allowedCidrs.stream()
			.anyMatch((cidr) -> cidr.contains(address) || embedded.map(cidr::contains).orElse(false));
	}

	/** Lower case, no brackets, no trailing dot: the spellings resolvers treat alike. */
	static String normalize(String host) {
		String normalized = host.strip().toLowerCase(Locale.ROOT);
		if (normalized.startsWith("[") && normalized.endsWith("]")) {
			normalized = normalized.substring(1, normalized.length() - 1);
		}
		return normalized.endsWith(".") ? normalized.substring(0, normalized.length() - 1) : normalized;
	}

}
