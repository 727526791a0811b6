package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads IP literals without DNS, including the old IPv4 spellings that resolvers still
 * accept ({@code 2130706433}, {@code 0x7f.1}, {@code 0177.0.0.1}), so none of them slips
 * past the guard as a "name".
 */
final class IpLiterals {

	private static final Pattern IPV4_LIKE = Pattern.compile("[0-9][0-9a-fA-FxX.]*");

	private static final Pattern IPV6_LIKE = Pattern.compile("[0-9a-fA-F:.]+");

	private IpLiterals() {
	}

	/**
	 * Parses a host as an IP literal.
	 * @param host a host, IPv6 with or without brackets
	 * @return the address, or empty if the host is a name
	 */
	static Optional<InetAddress> parse(String host) {
		String literal = host.strip();
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		int zone = literal.indexOf('%');
		if (zone >= 0 && literal.contains(":")) {
			literal = literal.substring(0, zone);
		}
		if (literal.contains(":")) {
			return IPV6_LIKE.matcher(literal).matches() ? byName(literal) : Optional.empty();
		}
		return IPV4_LIKE.matcher(literal).matches() ? ipv4(literal) : Optional.empty();
	}

	/** The inet_aton rules: up to four parts, the last one fills the remaining bytes. */
	private static Optional<InetAddress> ipv4(String literal) {
		String[] parts = literal.split("\\.", -1);
		if (parts.length > 4) {
			return Optional.empty();
		}
		long value = 0;
		for (int i = 0; i < parts.length; i++) {
			long part = number(parts[i]);
			boolean last = i == parts.length - 1;
			long max = last ? (1L << (8 * (4 - i))) - 1 : 255;
			if (part < 0 || part > max) {
				return Optional.empty();
			}
			value = last ? (value << (8 * (4 - i))) | part : (value << 8) | part;
		}
		byte[] bytes = { (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value };
		return Optional.of(Cidr.address(bytes));
	}

	private static long number(String part) {
		try {
			if (part.startsWith("0x") || part.startsWith("0X")) {
				return (part.length() > 2) ? Long.parseLong(part.substring(2), 16) : 0;
			}
			if (part.length() > 1 && part.startsWith("0")) {
				return Long.parseLong(part.substring(1), 8);
			}
			return Long.parseLong(part);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static Optional<InetAddress> byName(String literal) {
		try {
			// a literal with ':' is parsed, never looked up
			return Optional.of(InetAddress.getByName(literal));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

}
