package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SSRF by name: host names whose DNS answers point inside are refused like the addresses
 * themselves. {@code TargetGuardTests} covers the literals and names for 127.0.0.1 and
 * 10/8; these add the other ranges by name and the JVM's real resolver.
 */
class TargetNameTests {

	/** A test DNS; only {@code localhost} ever goes to the real resolver. */
	private static final Map<String, String> DNS = Map.of("v6-loop.example.com", "::1", "office.example.com",
			"172.31.255.254", "router.example.com", "192.168.0.1", "metadata.example.com", "169.254.169.254",
			"ten.example.com", "10.255.255.255", "mapped.example.com", "::ffff:192.168.10.10");

	private final TargetGuard guard = new TargetGuard(TargetPolicy.strict(), TargetNameTests::resolve);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://v6-loop.example.com/hook   | resolves to 0:0:0:0:0:0:0:1, a loopback
			http://office.example.com/hook    | resolves to 172.31.255.254, a private
			http://router.example.com/hook    | resolves to 192.168.0.1, a private
			http://metadata.example.com/hook  | resolves to 169.254.169.254, a cloud metadata
			http://ten.example.com/hook       | resolves to 10.255.255.255, a private
			http://mapped.example.com/hook    | a private
			""")
	void refusesNamesThatResolveInside(String url, String reason) {
		TargetVerdict verdict = this.guard.check(url);

		assertThat(verdict.allowed()).as(url).isFalse();
		assertThat(verdict.reason()).contains(reason);
	}

	@Test
	void refusesLocalhostAsTheRealResolverAnswersIt() {
		TargetGuard real = new TargetGuard(TargetPolicy.strict(), HostResolver.system());

		for (String url : List.of("http://localhost/hook", "http://localhost.:8080/hook", "https://LocalHost/")) {
			TargetVerdict verdict = real.check(url);
			assertThat(verdict.allowed()).as(url).isFalse();
			assertThat(verdict.reason()).as(url).startsWith("Host localhost resolves to").contains("loopback");
		}
	}

	@Test
	void staysRefusedWhenOnlyAnotherLoopbackAddressIsAllowed() {
		TargetGuard literalOnly = new TargetGuard(new TargetPolicy(List.of("127.0.0.1"), List.of()),
				HostResolver.system());

		assertThat(literalOnly.check("http://127.0.0.1:9/hook").allowed()).isTrue();
		assertThat(literalOnly.check("http://localhost:9/hook").allowed()).isFalse();
	}

	private static List<InetAddress> resolve(String host) throws UnknownHostException {
		String address = DNS.get(host);
		if (address == null) {
			throw new UnknownHostException(host);
		}
		return List.of(InetAddress.getByName(address));
	}

}
