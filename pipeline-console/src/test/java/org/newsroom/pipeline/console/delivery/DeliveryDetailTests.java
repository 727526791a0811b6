package org.newsroom.pipeline.console.delivery;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryDetailTests {

	@Test
	void readsEveryDocumentedKeyWithAReasonThatHasSpaces() {
		DeliveryDetail detail = DeliveryDetail.parse(
				"delivery=d-42 subscription=s-7 attempt=3 status=503 retry=2026-01-05T10:15:30Z reason=Service Unavailable now");
		assertThat(detail).isEqualTo(new DeliveryDetail("d-42", "s-7", 3, "503", Instant.parse("2026-01-05T10:15:30Z"),
				"Service Unavailable now"));
	}

	@Test
	void ignoresUnknownKeysAndToleratesMissingOnes() {
		DeliveryDetail detail = DeliveryDetail.parse("endpoint=https://x delivery=d-1 attempt=x");
		assertThat(detail.deliveryId()).isEqualTo("d-1");
		assertThat(detail.subscriptionId()).isNull();
		assertThat(detail.attempt()).isZero();
		assertThat(detail.retryAt()).isNull();
		assertThat(DeliveryDetail.parse(null).deliveryId()).isNull();
	}

}
