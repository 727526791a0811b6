package org.newsroom.pipeline.publish.webhook.target;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetGuardTests {

	/** Names as a test DNS knows them; nothing here asks a real resolver. */
	private static final Map<String, List<String>> DNS = Map.of("hooks.example.com", List.of("93.184.215.14"),
			"sneaky.example.com", List.of("127.0.0.1"), "mixed.example.com", List.of("93.184.215.14", "10.0.0.7"),
			"internal.example.com", List.of("10.20.1.5"), "v6.example.com", List.of("2606:4700::6810:84e5"));

	private final TargetGuard guard = new TargetGuard(TargetPolicy.strict(), TargetGuardTests::resolve);

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			http://127.0.0.1/hook               | loopback
			http://[::1]:8080/hook              | loopback
			http://10.1.2.3/hook                | private
			http://172.16.0.1/hook              | private
			https://192.168.1.1/hook            | private
			http://169.254.169.254/latest/meta-data | cloud metadata
			http://[fd00:ec2::254]/             | cloud metadata
			http://169.254.10.1/                | link-local
			http://[fe80::1]/                   | link-local
			http://[fc00::5]/                   | private
			http://0.0.0.0/                     | unspecified
			http://[::]/                        | unspecified
			http://224.0.0.1/                   | multicast
			http://[ff02::1]/                   | multicast
			http://sneaky.example.com/hook      | loopback
			http://mixed.example.com/hook       | private
			http://[::ffff:127.0.0.1]/          | loopback
			http://[::ffff:7f00:1]/             | loopback
			http://[64:ff9b::a9fe:a9fe]/        | cloud metadata
			http://2130706433/                  | loopback
			http://0x7f000001/                  | loopback
			http://0177.0.0.1/                  | loopback
			http://127.1/                       | has no host
			http://0x7f.1/                      | has no host
			http://LOCALHOST.sneaky.example.com./ | does not resolve
			""")
	void refusesInternalTargets(String url, String reason) {
		TargetVerdict verdict = this.guard.check(url);

		assertThat(verdict.allowed()).as(url).isFalse();
		assertThat(verdict.reason()).contains(reason);
	}

	@Test
	void explainsWhichAddressWasRefused() {
		assertThat(this.guard.check("http://sneaky.example.com/hook").reason())
			.isEqualTo("Host sneaky.example.com resolves to 127.0.0.1, a loopback address;"
					+ " allow it in configuration if this is intended");
	}

	@ParameterizedTest
	@CsvSource({ "ftp://hooks.example.com/x, Only http and https", "file:///etc/passwd, Only http and https",
			"gopher://127.0.0.1:6379/_, Only http and https", "'http:// bad url', not a valid URL",
			"https:///nohost, has no host", "/relative/path, Only http and https" })
	void refusesUrlsThatAreNotHttp(String url, String reason) {
		TargetVerdict verdict = this.guard.check(url);

		assertThat(verdict.allowed()).isFalse();
		assertThat(verdict.reason()).contains(reason);
	}

	@Test
	void allowsPublicHostsAndNamesTheCheckedAddresses() throws UnknownHostException {
		TargetVerdict verdict = this.guard.check("https://hooks.example.com/newsroom");

		assertThat(verdict.allowed()).isTrue();
		assertThat(verdict.addresses()).containsExactly(InetAddress.getByName("93.184.215.14"));
		assertThat(this.guard.check("https://v6.example.com/").allowed()).isTrue();
		assertThat(this.guard.check("https://93.184.215.14/").allowed()).isTrue();
	}

	@Test
	void allowsLoopbackThatConfigurationAllowsByCidr() {
		TargetGuard local = new TargetGuard(new TargetPolicy(List.of(), List.of("127.0.0.1/32")),
				TargetGuardTests::resolve);

		assertThat(local.check("http://127.0.0.1:8089/hook").allowed()).isTrue();
		assertThat(local.check("http://[::ffff:127.0.0.1]:8089/hook").allowed()).isTrue();
		assertThat(local.check("http://sneaky.example.com/hook").allowed()).isTrue();
		assertThat(local.check("http://127.0.0.2/hook").allowed()).isFalse();
		assertThat(local.check("http://10.1.2.3/hook").allowed()).isFalse();
	}

	@Test
	void allowsHostsThatConfigurationAllowsByNameAndNamesTheirAddresses() throws UnknownHostException {
		TargetGuard local = new TargetGuard(new TargetPolicy(List.of("127.0.0.1", "Internal.Example.com"), null),
				TargetGuardTests::resolve);

		assertThat(local.check("http://127.0.0.1/hook").allowed()).isTrue();
		TargetVerdict internal = local.check("http://internal.example.com/hook");
		assertThat(internal.allowed()).isTrue();
		assertThat(internal.addresses()).containsExactly(InetAddress.getByName("10.20.1.5"));
		assertThat(local.check("http://localhost/hook").allowed()).isFalse();
	}

	private static List<InetAddress> resolve(String host) throws UnknownHostException {
		List<String> addresses = DNS.get(host);
		if (addresses == null) {
			throw new UnknownHostException(host);
		}
		List<InetAddress> resolved = new ArrayList<>();
		for (String address : addresses) {
			resolved.add(InetAddress.getByName(address));
		}
		return resolved;
	}

}
