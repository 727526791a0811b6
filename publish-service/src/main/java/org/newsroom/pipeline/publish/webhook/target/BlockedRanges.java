package org.newsroom.pipeline.publish.webhook.target;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The address ranges a webhook must not reach unless configuration allows them, each with
 * a name an operator understands.
 */
final class BlockedRanges {

	private record Range(String label, Cidr cidr) {
	}

	// the most specific label first: the metadata address is also link-local
	private static final List<Range> RANGES = List.of(range("cloud metadata", "169.254.169.254/32"),
			range("cloud metadata", "fd00:ec2::254/128"), range("unspecified", "0.0.0.0/8"),
			range("unspecified", "::/128"), range("loopback", "127.0.0.0/8"), range("loopback", "::1/128"),
			range("private", "10.0.0.0/8"), range("private", "172.16.0.0/12"), range("private", "192.168.0.0/16"),
			range("private", "fc00::/7"), range("carrier-grade NAT", "100.64.0.0/10"),
			range("link-local", "169.254.0.0/16"), range("link-local", "fe80::/10"), range("site-local", "fec0::/10"),
			range("multicast", "224.0.0.0/4"), range("multicast", "ff00::/8"), range("benchmarking", "198.18.0.0/15"),
			range("reserved", "240.0.0.0/4"));

	private BlockedRanges() {
	}

	/**
	 * Names the blocked range an address is in.
	 * @param address any address
	 * @return the range's name, or empty for a public address
	 */
	static Optional<String> classify(InetAddress address) {
		Optional<String> direct = RANGES.stream()
			.filter((range) -> range.cidr().contains(address))
			.map(Range::label)
			.findFirst();
		if (direct.isPresent()) {
			return direct;
		}
		return embeddedIpv4(address).flatMap(BlockedRanges::classify).map((label) -> label + " (IPv4 inside IPv6)");
	}

	/**
	 * The IPv4 address an IPv6 address carries: IPv4-mapped {@code ::ffff:0:0/96},
	 * IPv4-compatible {@code ::/96}, NAT64 {@code 64:ff9b::/96} and 6to4
	 * {@code 2002::/16}; all of them can reach the IPv4 host.
	 * @param address any address
	 * @return the embedded IPv4 address, if any
	 */
	static Optional<InetAddress> embeddedIpv4(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return Optional.empty();
		}
		byte[] bytes = address.getAddress();
		boolean zeroPrefix = isZero(bytes, 0, 10);
		boolean mapped = zeroPrefix && (bytes[10] & 0xFF) == 0xFF && (bytes[11] & 0xFF) == 0xFF;
		boolean compatible = zeroPrefix && bytes[10] == 0 && bytes[11] == 0;
		boolean nat64 = bytes[0] == 0 && (bytes[1] & 0xFF) == 0x64 && (bytes[2] & 0xFF) == 0xFF
				&& (bytes[3] & 0xFF) == 0x9B && isZero(bytes, 4, 12);
		if (mapped || compatible || nat64) {
			return Optional.of(Cidr.address(Arrays.copyOfRange(bytes, 12, 16)));
		}
		if ((bytes[0] & 0xFF) == 0x20 && bytes[1] == 0x02) {
			return Optional.of(Cidr.address(Arrays.copyOfRange(bytes, 2, 6)));
		}
		return Optional.empty();
	}

	private static boolean isZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static Range range(String label, String cidr) {
		return new Range(label, Cidr.parse(cidr));
	}

}
