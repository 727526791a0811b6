package org.newsroom.pipeline.console.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.console.command.CommandRecord;
import org.newsroom.pipeline.console.command.CommandService;
import org.newsroom.pipeline.console.delivery.Delivery.Attempt;
import org.newsroom.pipeline.console.web.ConsolePages;
import org.newsroom.pipeline.console.web.PageSliceConfiguration;
import org.newsroom.pipeline.contract.command.CommandType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.newsroom.pipeline.console.web.ConsolePages.operator;
import static org.newsroom.pipeline.console.web.ConsolePages.page;
import static org.newsroom.pipeline.console.web.ConsolePages.submit;
import static org.newsroom.pipeline.console.web.ConsolePages.viewer;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The deliveries page as an on-call operator sees it: which webhook deliveries failed,
 * every attempt, and who may redeliver or switch a subscription.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = DeliveryPageController.class, properties = "pipeline.local-mode=true")
@Import(PageSliceConfiguration.class)
class DeliveryPageControllerTests {

	private static final Instant AT = Instant.parse("2025-03-04T05:06:07Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private DeliveryService deliveries;

	@MockitoBean
	private CommandService commands;

	@Test
	void showsAViewerEachFailedDeliveryWithItsAttemptsButNoCommands() throws Exception {
		givenARetryingDelivery();
		given(this.commands.latest()).willReturn(List.of(command(CommandType.DISABLE_SUBSCRIPTION, "SENT")));

		Document page = page(this.mvc, "/deliveries", viewer());

		Element row = page.selectFirst("[data-test=delivery-row][data-delivery=d-7]");
		assertThat(row.attr("data-state")).isEqualTo("retrying");
		assertThat(row.selectFirst("[data-test=delivery-state]").text())
			.isEqualTo("retrying next 2025-03-04T05:11:07Z");
		assertThat(row.select("[data-test=delivery-attempt]").eachText()).containsExactly(
				"2025-03-04T05:06:07Z · #2 · FAILED · 503 · Service Unavailable",
				"2025-03-04T05:05:07Z · #1 · FAILED · timeout");
		assertThat(page.select("[data-test=command-row]").eachAttr("data-type"))
			.containsExactly("DISABLE_SUBSCRIPTION");
		assertThat(page.select("[data-test=redeliver], [data-test=disable-subscription], #enable-form"))
			.as("no commands for a viewer")
			.isEmpty();
	}

	@Test
	void offersAnOperatorTheCommandsForEachDelivery() throws Exception {
		givenARetryingDelivery();

		Document page = page(this.mvc, "/deliveries", operator());

		Element row = page.selectFirst("[data-test=delivery-row][data-delivery=d-7]");
		assertThat(row.selectFirst("[data-test=redeliver]")).isNotNull();
		assertThat(
				row.selectFirst("[data-test=disable-subscription]").parent().selectFirst("[name=subscriptionId]").val())
			.isEqualTo("sub_1a2b");
		assertThat(page.getElementById("no-commands")).isNotNull();
	}

	@Test
	void refusesEveryCommandAViewerSends() throws Exception {
		submit(this.mvc, viewer(), "/deliveries/redeliver", "deliveryId", "d-7").andExpect(status().isForbidden());
		submit(this.mvc, viewer(), "/subscriptions/disable", "subscriptionId", "sub_1a2b")
			.andExpect(status().isForbidden());
		submit(this.mvc, viewer(), "/subscriptions/enable", "subscriptionId", "sub_1a2b")
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.commands);
	}

	@Test
	void redeliversForAnOperatorAndSaysWhereTheCommandWent() throws Exception {
		given(this.commands.redeliver("d-7", null, "operator")).willReturn(command(CommandType.REDELIVER, "SENT"));

		submit(this.mvc, operator(), "/deliveries/redeliver", "deliveryId", "d-7", "contentId", " ")
			.andExpect(redirectedUrl("/deliveries"))
			.andExpect(flash().attribute("message", "REDELIVER sent to publish: SENT"));
	}

	@Test
	void enablesTheSubscriptionAnOperatorTypedInWithoutItsStraySpaces() throws Exception {
		given(this.commands.subscription("sub_1a2b", true, "operator"))
			.willReturn(command(CommandType.ENABLE_SUBSCRIPTION, "FAILED"));

		submit(this.mvc, operator(), "/subscriptions/enable", "subscriptionId", " sub_1a2b ")
			.andExpect(redirectedUrl("/deliveries"))
			.andExpect(flash().attribute("message", "ENABLE_SUBSCRIPTION sent to publish: FAILED"));
	}

	@Test
	void refusesARedeliveryThatNamesNoDelivery() throws Exception {
		submit(this.mvc, operator(), "/deliveries/redeliver", "contentId", "item-1").andExpect(status().isBadRequest());
		verifyNoInteractions(this.commands);
	}

	@Test
	void sendsAnAnonymousVisitorToTheLoginPage() throws Exception {
		ConsolePages.assertSendsAnonymousToLogin(this.mvc, "/deliveries");
	}

	private void givenARetryingDelivery() {
		given(this.deliveries.unsuccessful()).willReturn(List.of(new Delivery("d-7", "sub_1a2b", "item-1", 2,
				"retrying", AT.plusSeconds(300), AT, List.of(new Attempt(AT, 2, "FAILED", "503", "Service Unavailable"),
						new Attempt(AT.minusSeconds(60), 1, "FAILED", "timeout", null)))));
	}

	private static CommandRecord command(CommandType type, String status) {
		return new CommandRecord("cmd-9", type, "publish", null, Map.of("subscription", "sub_1a2b"), "operator", AT,
				status);
	}

}
