package org.newsroom.pipeline.enrich.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.test.PipelineIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Operators log in to read metrics while orchestrators probe readiness without a login.
 * Declared like {@code EnrichmentFlowTests} so both share one cached context (the NLP
 * models load once); requests go through the real security filter chain.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@PipelineIntegrationTest
class ActuatorAccessTests {

	@Autowired
	WebApplicationContext context;

	private MockMvc mvc;

	@BeforeEach
	void throughTheSecurityFilterChain() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(this.context.getBean("springSecurityFilterChain", Filter.class))
			.build();
	}

	@Test
	void asksForALoginBeforeShowingMetrics() throws Exception {
		this.mvc.perform(get("/actuator/metrics"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")));
		this.mvc.perform(get("/actuator/metrics").header("Authorization", basic("operator:wrong")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(get("/actuator/metrics").header("Authorization", basic("viewer:viewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm.memory.used")));
	}

	@Test
	void leavesReadinessAndLivenessOpen() throws Exception {
		this.mvc.perform(get("/actuator/health/readiness"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"status\":\"UP\"")));
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

}
