package org.newsroom.pipeline.console.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.console.lineage.LineageStore;
import org.newsroom.pipeline.contract.lineage.DeliveryDetail;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.springframework.stereotype.Service;

/**
 * Rebuilds webhook deliveries from the lineage of the webhook stage.
 */
@Service
class DeliveryService {

	private final LineageStore lineage;

	private final DeliveriesProperties properties;

	DeliveryService(LineageStore lineage, DeliveriesProperties properties) {
		this.lineage = lineage;
		this.properties = properties;
	}

	/**
	 * Deliveries whose latest attempt failed, retrying or for good; latest first. A
	 * superseded delivery is not a failure: a newer event of its item replaced it.
	 * @return the deliveries
	 */
	public List<Delivery> unsuccessful() {
		return all().stream().filter((d) -> !d.state().equals("delivered") && !d.state().equals("superseded")).toList();
	}

	/**
	 * Every delivery among the latest webhook events, latest first.
	 * @return the deliveries
	 */
	public List<Delivery> all() {
		Map<String, List<LineageEvent>> byDelivery = new LinkedHashMap<>();
		for (LineageEvent event : this.lineage.latestOfStage(this.properties.stage(), this.properties.sample())) {
			String id = DeliveryDetail.parse(event.detail()).deliveryId();
			if (id != null) {
				byDelivery.computeIfAbsent(id, (k) -> new ArrayList<>()).add(event);
			}
		}
		List<Delivery> deliveries = new ArrayList<>();
		byDelivery.forEach((id, events) -> deliveries.add(delivery(id, events)));
		return deliveries;
	}

	private static Delivery delivery(String id, List<LineageEvent> latestFirst) {
		LineageEvent last = latestFirst.get(0);
		DeliveryDetail lastDetail = DeliveryDetail.parse(last.detail());
		List<Delivery.Attempt> attempts = latestFirst.stream().map((event) -> {
			DeliveryDetail detail = DeliveryDetail.parse(event.detail());
			return new Delivery.Attempt(event.at(), detail.attempt(), event.outcome().name(), detail.status(),
					detail.reason());
		}).toList();
		return new Delivery(id, lastDetail.subscriptionId(), last.contentId(), last.revision(),
				state(last.outcome(), lastDetail), lastDetail.retryAt(), last.at(), attempts);
	}

	private static String state(LineageOutcome outcome, DeliveryDetail detail) {
		if (outcome == LineageOutcome.DELIVERED) {
			return "delivered";
		}
		if (outcome == LineageOutcome.SUPERSEDED) {
			return "superseded";
		}
		return (outcome == LineageOutcome.FAILED || detail.retryAt() != null) ? "retrying" : "failed";
	}

}
