package org.newsroom.pipeline.contract.lineage;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryDetailTests {

	@Test
	void readsBackWhatPublishWritesWithAReasonThatHasSpaces() {
		DeliveryDetail retried = new DeliveryDetail("item:1:published:s-7", "s-7", "503", 3,
				Instant.parse("2026-01-05T10:15:30Z"), "Service Unavailable now");
		assertThat(retried.format()).isEqualTo("delivery=item:1:published:s-7 subscription=s-7 status=503 attempt=3"
				+ " retry=2026-01-05T10:15:30Z reason=Service Unavailable now");
		assertThat(DeliveryDetail.parse(retried.format())).isEqualTo(retried);
		DeliveryDetail delivered = new DeliveryDetail("d-1", "s-1", "200", 1, null, null);
		assertThat(delivered.format()).isEqualTo("delivery=d-1 subscription=s-1 status=200 attempt=1");
		assertThat(DeliveryDetail.parse(delivered.format())).isEqualTo(delivered);
	}

	@Test
	void ignoresUnknownKeysAndToleratesMissingOrUnreadableOnes() {
		DeliveryDetail detail = DeliveryDetail.parse("endpoint=https://x delivery=d-1 attempt=x retry=soon");
		assertThat(detail.deliveryId()).isEqualTo("d-1");
		assertThat(detail.subscriptionId()).isNull();
		assertThat(detail.attempt()).isZero();
		assertThat(detail.retryAt()).isNull();
		assertThat(DeliveryDetail.parse(null).deliveryId()).isNull();
		assertThat(DeliveryDetail.parse("reason=only a note").reason()).isEqualTo("only a note");
	}

}
