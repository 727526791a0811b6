package org.newsroom.pipeline.publish.webhook.subscription;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.webhook.subscription.Subscription.SigningSecret;
import org.newsroom.pipeline.publish.webhook.target.TargetGuard;
import org.newsroom.pipeline.publish.webhook.target.TargetVerdict;
import org.newsroom.pipeline.support.audit.AuditTrail;
import org.newsroom.pipeline.support.security.PipelineSecurityAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The subscriptions API as a client sees it, with the service's own security and only the
 * controller behind it: what a creation answers, what a refused request says, and who
 * gets in.
 */
@WebMvcTest(controllers = SubscriptionController.class, properties = "pipeline.local-mode=true")
@ImportAutoConfiguration(PipelineSecurityAutoConfiguration.class)
class SubscriptionControllerTests {

	private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

	private static final Instant CREATED = Instant.parse("2025-03-04T05:06:07Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Subscriptions subscriptions;

	@MockitoBean
	TargetGuard guard;

	@MockitoBean
	AuditTrail audit;

	@Test
	void answersACreationWithTheSubscriptionItsLocationAndItsSecretOnce() throws Exception {
		given(this.guard.check(anyString())).willReturn(new TargetVerdict(true, "public", List.of()));
		given(this.subscriptions.create(any()))
			.willReturn(new Subscription("sub_1a2b", "https://hooks.example.com/in", List.of("content.published"),
					"politik", null, true, null, List.of(new SigningSecret(SECRET, CREATED, null)), CREATED));

		this.mvc
			.perform(post("/api/v1/subscriptions").with(httpBasic("operator", "operator"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\": \"https://hooks.example.com/in\", \"eventTypes\": [\"content.published\"],"
						+ " \"section\": \"politik\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/v1/subscriptions/sub_1a2b"))
			.andExpect(jsonPath("$.subscription.id").value("sub_1a2b"))
			.andExpect(jsonPath("$.subscription.url").value("https://hooks.example.com/in"))
			.andExpect(jsonPath("$.subscription.eventTypes[0]").value("content.published"))
			.andExpect(jsonPath("$.subscription.section").value("politik"))
			.andExpect(jsonPath("$.subscription.enabled").value(true))
			.andExpect(jsonPath("$.subscription.createdAt").exists())
			.andExpect(jsonPath("$.subscription.secrets").doesNotExist())
			.andExpect(jsonPath("$.secret").value(SECRET));
	}

	@Test
	void refusesARequestWithoutEventTypesAndSaysWhy() throws Exception {
		this.mvc
			.perform(post("/api/v1/subscriptions").with(httpBasic("operator", "operator"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\": \"https://hooks.example.com/in\", \"eventTypes\": []}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail", startsWith("eventTypes must name at least one of")));
		verify(this.subscriptions, never()).create(any());
	}

	@Test
	void refusesATargetTheGuardRefuses() throws Exception {
		given(this.guard.check(anyString())).willReturn(new TargetVerdict(false,
				"Host 169.254.169.254 resolves to 169.254.169.254, a cloud metadata address", List.of()));

		this.mvc
			.perform(post("/api/v1/subscriptions").with(httpBasic("operator", "operator"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\": \"http://169.254.169.254/\", \"eventTypes\": [\"content.published\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail", startsWith("Host 169.254.169.254 resolves to")));
	}

	@Test
	void answersNotFoundForAnUnknownSubscription() throws Exception {
		this.mvc.perform(get("/api/v1/subscriptions/sub_none").with(httpBasic("viewer", "viewer")))
			.andExpect(status().isNotFound());
	}

	@Test
	void asksForCredentialsAndLetsOnlyOperatorsCreate() throws Exception {
		String request = "{\"url\": \"https://hooks.example.com/in\", \"eventTypes\": [\"content.published\"]}";

		this.mvc.perform(get("/api/v1/subscriptions")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(post("/api/v1/subscriptions").with(httpBasic("viewer", "viewer"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(request))
			.andExpect(status().isForbidden());
		verify(this.subscriptions, never()).create(any());
	}

}
