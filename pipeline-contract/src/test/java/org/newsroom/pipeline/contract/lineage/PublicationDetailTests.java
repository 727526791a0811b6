package org.newsroom.pipeline.contract.lineage;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.cms.ContentKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the console reads from publish's steps about an embargo and where an item appears:
 * the steps' own fields, and the detail text publish writes.
 */
class PublicationDetailTests {

	private static final Instant END = Instant.parse("2026-12-01T12:00:00Z");

	@Test
	void takesTheEmbargoEndTheReleaseAndTheKindFromTheStepsFields() {
		LineageEvent held = step(LineageOutcome.EMBARGOED, "no notice", "episode", END);
		LineageEvent released = step(LineageOutcome.PUBLISHED, "published", "episode", END);
		assertThat(PublicationDetail.embargoEnd(held)).isEqualTo(END);
		assertThat(PublicationDetail.isRelease(released)).isTrue();
		assertThat(PublicationDetail.kind(held)).isEqualTo("episode");
	}

	@Test
	void readsBackTheDetailPublishWrites() {
		LineageEvent held = step(LineageOutcome.EMBARGOED, "no notice, " + PublicationDetail.heldUntil(END)
				+ PublicationDetail.where(ContentKind.EPISODE, "morning-brief"), null, null);
		LineageEvent released = step(LineageOutcome.PUBLISHED,
				"published, " + PublicationDetail.RELEASE + PublicationDetail.where(ContentKind.ARTICLE, null), null,
				null);
		assertThat(PublicationDetail.embargoEnd(held)).isEqualTo(END);
		assertThat(PublicationDetail.kind(held)).isEqualTo("episode");
		assertThat(PublicationDetail.show(held)).isEqualTo("morning-brief");
		assertThat(PublicationDetail.isRelease(released)).isTrue();
		assertThat(PublicationDetail.kind(released)).isEqualTo("article");
		assertThat(PublicationDetail.show(released)).isNull();
	}

	@Test
	void tellsNewsFromAReleaseAndANonsenseEndFromNone() {
		assertThat(PublicationDetail.isRelease(step(LineageOutcome.PUBLISHED, "published kind=article", null, null)))
			.isFalse();
		assertThat(PublicationDetail.embargoEnd(step(LineageOutcome.EMBARGOED, "until tomorrow", null, null))).isNull();
		assertThat(PublicationDetail.kind(step(LineageOutcome.PUBLISHED, "subkind=article", null, null))).isNull();
		assertThat(PublicationDetail.show(step(LineageOutcome.PUBLISHED, null, null, null))).isNull();
	}

	private static LineageEvent step(LineageOutcome outcome, String detail, String kind, Instant embargoEnd) {
		return new LineageEvent("id", "item", 1, "publish", "publish", outcome, detail, null, null, END, 0, null, kind,
				null, embargoEnd);
	}

}
