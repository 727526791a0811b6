package org.newsroom.pipeline.contract.samples;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.cloudevents.CloudEvent;
import org.newsroom.pipeline.contract.cloudevents.CloudEventsCodec;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.samples.SampleTraffic.SampleRecord;
import org.newsroom.pipeline.contract.validation.CmsPayloadValidator;
import org.newsroom.pipeline.contract.validation.ValidationResult;
import org.newsroom.pipeline.contract.validation.Violation;

import static org.assertj.core.api.Assertions.assertThat;

class SampleTrafficContractTests {

	private final CmsPayloadValidator validator = new CmsPayloadValidator();

	private final List<SampleRecord> records = SampleTraffic.records();

	@Test
	void readsEveryValidSampleRecordIntoTheRightEventAndPayload() {
		assertThat(this.records).hasSizeGreaterThanOrEqualTo(8);
		for (SampleRecord record : this.records.subList(0, 7)) {
			CloudEvent event = CloudEventsCodec.fromKafka(record.headers(), record.value());
			ValidationResult result = this.validator.validate(event.type(), event.data());
			assertThat(result.violations()).as(record.key()).isEmpty();
			assertThat(result.content().contentId()).isEqualTo(record.key());
			assertThat(event.type()).isEqualTo(record.header("ce_type"));
			assertThat(event.id()).isEqualTo(record.header("ce_id"));
		}
	}

	@Test
	void mapsTheSampleRecordsToTheirEventTypes() {
		List<String> types = this.records.subList(0, 7)
			.stream()
			.map((r) -> CloudEventsCodec.fromKafka(r.headers(), r.value()).type())
			.toList();
		assertThat(types).containsExactly(EventTypes.PUBLISHED, EventTypes.PUBLISHED, EventTypes.PUBLISHED,
				EventTypes.UPDATED, EventTypes.PUBLISHED, EventTypes.PUBLISHED, EventTypes.WITHDRAWN);
	}

	@Test
	void bindsTheEpisodeWithShowAndAudio() {
		SampleRecord episode = this.records.get(0);
		ValidationResult result = this.validator.validate(EventTypes.PUBLISHED, episode.value());
		assertThat(result.content().kind()).isEqualTo(ContentKind.EPISODE);
		assertThat(result.content().show().id()).isEqualTo("bundestalk");
		assertThat(result.content().audio().durationSeconds()).isPositive();
		assertThat(result.content().audio().mimeType()).startsWith("audio/");
	}

	@Test
	void bindsTheWithdrawalWithItsReason() {
		SampleRecord withdrawal = this.records.get(6);
		ValidationResult result = this.validator.validate(EventTypes.WITHDRAWN, withdrawal.value());
		assertThat(result.content().revision()).isEqualTo(2);
		assertThat(result.content().reason()).isEqualTo("legal");
	}

	@Test
	void reportsEveryViolationOfTheInvalidSampleWithItsPath() {
		SampleRecord invalid = this.records.get(7);
		ValidationResult result = this.validator.validate(invalid.header("ce_type"), invalid.value());
		assertThat(result.isValid()).isFalse();
		assertThat(result.violations()).extracting(Violation::path).contains("$.contentId", "$.revision");
		assertThat(result.violations()).hasSizeGreaterThanOrEqualTo(2);
		assertThat(result.summary()).contains("contentId").contains("revision");
	}

}
