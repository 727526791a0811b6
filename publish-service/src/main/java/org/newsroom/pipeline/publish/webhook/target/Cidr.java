package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * An IP network such as {@code 10.0.0.0/8} or {@code fe80::/10}.
 *
 * @param network the network address bytes
 * @param prefix the prefix length in bits
 */
record Cidr(byte[] network, int prefix) {

	/**
	 * Parses a network; an address without {@code /} is a single host.
	 * @param cidr such as {@code 172.16.0.0/12}
	 * @return the network
	 * @throws IllegalArgumentException if it is not an IP literal with a fitting prefix
	 */
	static Cidr parse(String cidr) {
		String[] parts = cidr.strip().split("/", 2);
		InetAddress address = IpLiterals.parse(parts[0])
			.orElseThrow(() -> new IllegalArgumentException("Not an IP network: " + cidr));
		byte[] bytes = address.getAddress();
		int prefix = (parts.length == 2) ? Integer.parseInt(parts[1].strip()) : bytes.length * 8;
		if (prefix < 0 || prefix > bytes.length * 8) {
			throw new IllegalArgumentException("Prefix out of range: " + cidr);
		}
		return new Cidr(bytes, prefix);
	}

	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != this.network.length) {
			return false;
		}
		int full = this.prefix / 8;
		for (int i = 0; i < full; i++) {
			if (bytes[i] != this.network[i]) {
				return false;
			}
		}
		int rest = this.prefix % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return (bytes[full] & mask) == (this.network[full] & mask);
	}

	static InetAddress address(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not 4 or 16 bytes", ex);
		}
	}

}
