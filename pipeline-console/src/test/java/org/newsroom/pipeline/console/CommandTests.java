package org.newsroom.pipeline.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.command.CommandType;
import org.newsroom.pipeline.contract.command.OperatorCommand;
import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.contract.lineage.DeliveryDetail;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.newsroom.pipeline.support.test.KafkaTestClient.header;

class CommandTests extends ConsoleTestSupport {

	@Test
	void listsAFailedDeliveryWithItsAttemptsAndRedeliversItOnRequest() {
		String item = unique("webhook");
		String delivery = unique("d");
		Instant now = Instant.now();
		sendLineage(lineage(item, 2, "publish", "webhook", LineageOutcome.DELIVERY_FAILED,
				new DeliveryDetail(delivery, "s-7", "503", 1, now.plusSeconds(30), "Service Unavailable").format(),
				null, now.minusSeconds(60)));
		sendLineage(lineage(item, 2, "publish", "webhook", LineageOutcome.DELIVERY_FAILED,
				new DeliveryDetail(delivery, "s-7", "410", 2, null, "Gone").format(), null, now));

		ConsoleBrowser operator = operator();
		String rowSelector = "[data-test=delivery-row][data-delivery=" + delivery + "]";
		await().atMost(Duration.ofSeconds(30))
			.until(() -> operator.page("/deliveries")
				.select(rowSelector + " [data-test=delivery-attempt]")
				.size() == 2);
		Document page = operator.page("/deliveries");
		Element row = page.selectFirst(rowSelector);
		assertThat(row.attr("data-state")).isEqualTo("failed");
		assertThat(row.select("[data-test=delivery-attempt]").eachText()).anyMatch((a) -> a.contains("410 · Gone"));
		assertThat(row.select("[data-test=redeliver]")).hasSize(1);

		Map<String, String> form = Map.of("deliveryId", delivery, "contentId", item);
		assertThat(operator.post("/deliveries/redeliver", form).statusCode()).isEqualTo(302);

		ConsumerRecord<String, byte[]> record = this.kafka
			.readUntil(this.properties.topics().commands(),
					(records) -> records.stream().anyMatch((r) -> item.equals(r.key())), Duration.ofSeconds(30))
			.stream()
			.filter((r) -> item.equals(r.key()))
			.findFirst()
			.orElseThrow();
		OperatorCommand command = ContractJson.mapper().readValue(record.value(), OperatorCommand.class);
		assertThat(command.type()).isEqualTo(CommandType.REDELIVER);
		assertThat(command.target()).isEqualTo("publish");
		assertThat(command.contentId()).isEqualTo(item);
		assertThat(command.arguments()).containsEntry("delivery", delivery);
		assertThat(command.requestedBy()).isEqualTo("operator");
		assertThat(header(record, "ce_type")).isEqualTo(EventTypes.COMMAND);
		assertThat(operator.page("/deliveries").select("[data-test=command-row][data-type=REDELIVER]")).isNotEmpty();
	}

	@Test
	void disablesASubscriptionOnRequest() {
		ConsoleBrowser operator = operator();
		operator.page("/deliveries");
		String subscription = unique("s");
		assertThat(operator.post("/subscriptions/disable", Map.of("subscriptionId", subscription)).statusCode())
			.isEqualTo(302);
		OperatorCommand command = this.kafka
			.readUntil(this.properties.topics().commands(),
					(records) -> records.stream().anyMatch((r) -> read(r).arguments().containsValue(subscription)),
					Duration.ofSeconds(30))
			.stream()
			.map(CommandTests::read)
			.filter((c) -> subscription.equals(c.arguments().get("subscription")))
			.findFirst()
			.orElseThrow();
		assertThat(command.type()).isEqualTo(CommandType.DISABLE_SUBSCRIPTION);
		assertThat(command.target()).isEqualTo("publish");
	}

	private static OperatorCommand read(ConsumerRecord<String, byte[]> record) {
		return ContractJson.mapper().readValue(record.value(), OperatorCommand.class);
	}

}
