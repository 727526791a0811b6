package org.newsroom.pipeline.local.banner;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.newsroom.pipeline.local.Endpoints;

import static org.assertj.core.api.Assertions.assertThat;

class BannerTests {

	@Test
	void listsConsoleFeedsPodcastContentApiAndMetricsOfEveryService() {
		String banner = Banner.render(allServices("localhost:9092"));

		assertThat(banner).contains("http://localhost:8080", "http://localhost:8083/feeds/all.rss",
				"http://localhost:8083/feeds/all.atom", "http://localhost:8083/feeds/sections/{section}.rss",
				"http://localhost:8083/feeds/kinds/{kind}.rss", "http://localhost:8083/podcasts/bundestalk.rss",
				"http://localhost:8083/api/v1/content", "http://localhost:8080/actuator/prometheus",
				"http://localhost:8081/actuator/prometheus", "http://localhost:8082/actuator/prometheus",
				"http://localhost:8083/actuator/prometheus", "mongodb://localhost:27017");
	}

	@Test
	void saysThatWebhooksMayTargetThisMachineInTheLocalStackOnly() {
		assertThat(Banner.render(allServices("localhost:9092"))).contains(
				"http://localhost:8083/api/v1/subscriptions; here they may target this machine (127.0.0.0/8,::1/128), nowhere else");
	}

	@Test
	void showsAKcatLineForTheRunningBrokerAndTheCmsTopic() {
		String banner = Banner.render(allServices("localhost:19092"));

		assertThat(banner.lines().filter((line) -> line.contains("kcat -P"))).singleElement()
			.satisfies((kcat) -> assertThat(kcat).contains("-b localhost:19092 ", "-t cms.content.v1 ", "-k my-id ",
					"-H ce_specversion=1.0", "-H ce_id=", "-H ce_source=", "-H ce_type=news.content.published",
					"-H content-type=application/json", "\"contentId\":\"my-id\""));
	}

	@Test
	void showsACurlToTheHttpIngressWithTheLocalTokenInStructuredMode() {
		String banner = Banner.render(allServices("localhost:9092"));

		assertThat(banner).contains("curl -i -X POST http://localhost:8081/api/v1/events",
				"Authorization: Bearer local-cms-token", "Content-Type: application/cloudevents+json",
				"\"specversion\":\"1.0\"", "\"data\":{");
	}

	@Test
	void showsTheLocalLoginsAndCmsTokenAsLocalDefaultsThatServicesRefuseElsewhere() {
		String banner = Banner.render(allServices("localhost:9092"));

		assertThat(banner).contains("Log in as     operator / operator (acts), viewer / viewer (looks)",
				"CMS token     local-cms-token", "outside the local stack",
				"(pipeline.local-mode) every service refuses them");
	}

	@Test
	void leavesOutTheUrlsOfServicesThatDoNotRun() {
		Endpoints onlyIngest = new Endpoints("localhost:9092", "mongodb://localhost:27017",
				Map.of("ingest", URI.create("http://localhost:8081")), Path.of(".pipeline-local/logs"));

		assertThat(Banner.render(onlyIngest)).doesNotContain("8080", "8083", "/feeds/")
			.contains("http://localhost:8081/actuator/prometheus", "kcat -P -b localhost:9092");
		Endpoints onlyPublish = new Endpoints("localhost:9092", "mongodb://localhost:27017",
				Map.of("publish", URI.create("http://localhost:8083")), Path.of(".pipeline-local/logs"));
		assertThat(Banner.render(onlyPublish)).contains("Log in as").doesNotContain("local-cms-token", "curl");
	}

	private static Endpoints allServices(String bootstrapServers) {
		Map<String, URI> services = new LinkedHashMap<>();
		services.put("console", URI.create("http://localhost:8080"));
		services.put("publish", URI.create("http://localhost:8083"));
		services.put("enrich", URI.create("http://localhost:8082"));
		services.put("ingest", URI.create("http://localhost:8081"));
		return new Endpoints(bootstrapServers, "mongodb://localhost:27017", services, Path.of(".pipeline-local/logs"));
	}

}
