package org.newsroom.pipeline.local.banner;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

import org.newsroom.pipeline.contract.Topics;
import org.newsroom.pipeline.local.Endpoints;
import org.newsroom.pipeline.local.services.ServiceProcess;
import org.newsroom.pipeline.local.services.ServiceSpec;

/**
 * The text shown once the local stack runs: where to look and how to send an event.
 */
public final class Banner {

	private static final String INDENT = "  ";

	private static final String EXAMPLE_ID = "my-id";

	private Banner() {
	}

	/**
	 * Renders the banner; a pure function of the endpoints.
	 * @param endpoints where the stack answers
	 * @return the banner text, lines separated by {@code \n}
	 */
	public static String render(Endpoints endpoints) {
		return render(endpoints, Optional.empty());
	}

	/**
	 * Renders the banner with the demo webhook subscriber the launcher started.
	 * @param endpoints where the stack answers
	 * @param subscriber the demo subscriber, if one runs
	 * @return the banner text, lines separated by {@code \n}
	 */
	public static String render(Endpoints endpoints, Optional<DemoSubscriberInfo> subscriber) {
		StringJoiner out = new StringJoiner("\n", "\n", "\n");
		out.add("Newsroom pipeline is running.");
		out.add("");
		endpoints.service(ServiceSpec.CONSOLE.name()).ifPresent((console) -> line(out, "Console", console.toString()));
		secrets(out, endpoints);
		endpoints.service(ServiceSpec.PUBLISH.name()).ifPresent((publish) -> publishUrls(out, publish));
		subscriber.ifPresent((demo) -> {
			line(out, "Subscriber", demo.url() + "/<name>  verifies and lists every delivery: GET " + demo.url());
			line(out, "",
					"(README, \"Subscribe to webhooks\"; also in " + endpoints.logsDir().resolve(demo.log()) + ")");
		});
		metrics(out, endpoints);
		line(out, "Kafka", endpoints.bootstrapServers());
		line(out, "MongoDB", endpoints.mongoUri());
		line(out, "Logs", endpoints.logsDir().toString());
		out.add("");
		out.add("Send your own event to Kafka:");
		out.add(INDENT + kcat(endpoints.bootstrapServers()));
		endpoints.service(ServiceSpec.INGEST.name()).ifPresent((ingest) -> {
			out.add("or over HTTP (CloudEvents structured mode):");
			out.add(INDENT + curl(ingest));
		});
		out.add("");
		out.add("The logins and the CMS token are the local defaults of application.yml; outside the local stack");
		out.add("(" + ServiceProcess.LOCAL_MODE + ") every service refuses them: docs/deploy.md, \"Secrets\".");
		out.add("Stop everything with Ctrl-C.");
		return out.toString();
	}

	/**
	 * A ready kcat command that sends one CMS event in Kafka binary mode.
	 * @param bootstrapServers the broker
	 * @return the shell command
	 */
	public static String kcat(String bootstrapServers) {
		return "echo '" + ExampleEvent.cmsPayload(EXAMPLE_ID) + "' | kcat -P -b " + bootstrapServers + " -t "
				+ Topics.CMS_CONTENT + " -k " + EXAMPLE_ID + " -H ce_specversion=1.0 -H ce_id="
				+ ExampleEvent.eventId(EXAMPLE_ID) + " -H ce_source=" + ExampleEvent.SOURCE + " -H ce_type="
				+ ExampleEvent.TYPE + " -H content-type=application/json";
	}

	/**
	 * A ready curl command that posts one CMS event to the HTTP ingress.
	 * @param ingest the ingest service's HTTP root
	 * @return the shell command
	 */
	public static String curl(URI ingest) {
		return "curl -i -X POST " + ingest.resolve("/api/v1/events") + " -H 'Authorization: Bearer "
				+ Endpoints.LOCAL_CMS_TOKEN + "' -H 'Content-Type: application/cloudevents+json' -d '"
				+ ExampleEvent.structured("my-other-id") + "'";
	}

	private static void secrets(StringJoiner out, Endpoints endpoints) {
		line(out, "Log in as",
				login(Endpoints.LOCAL_OPERATOR) + " (acts), " + login(Endpoints.LOCAL_VIEWER) + " (looks)");
		if (endpoints.service(ServiceSpec.INGEST.name()).isPresent()) {
			line(out, "CMS token", Endpoints.LOCAL_CMS_TOKEN);
		}
	}

	private static String login(String user) {
		return user + " / " + user;
	}

	private static void publishUrls(StringJoiner out, URI publish) {
		List<String> feeds = List.of("/feeds/all.rss", "/feeds/all.atom", "/feeds/sections/{section}.rss",
				"/feeds/kinds/{kind}.rss");
		for (int i = 0; i < feeds.size(); i++) {
			line(out, (i == 0) ? "Feeds" : "", publish + feeds.get(i));
		}
		line(out, "Podcast feed", publish + "/podcasts/bundestalk.rss");
		line(out, "Content API", publish + "/api/v1/content");
		line(out, "Webhooks", publish + "/api/v1/subscriptions; here they may target this machine ("
				+ ServiceProcess.LOCAL_WEBHOOK_TARGETS + "), nowhere else");
	}

	private static void metrics(StringJoiner out, Endpoints endpoints) {
		boolean first = true;
		for (ServiceSpec spec : ServiceSpec.ALL) {
			Optional<URI> service = endpoints.service(spec.name());
			if (service.isPresent()) {
				line(out, first ? "Metrics" : "", service.get() + "/actuator/prometheus  (" + spec.name() + ")");
				first = false;
			}
		}
	}

	/**
	 * The demo webhook subscriber as the banner shows it.
	 *
	 * @param url its root, such as {@code http://127.0.0.1:8099/hooks}
	 * @param log its log file's name in the logs folder
	 */
	public record DemoSubscriberInfo(URI url, String log) {
	}

	private static void line(StringJoiner out, String label, String value) {
		out.add(INDENT + String.format("%-14s%s", label, value));
	}

}
