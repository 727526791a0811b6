package org.newsroom.pipeline.publish.feed;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.syndication.FeedDescriptor;
import org.newsroom.pipeline.publish.syndication.FeedEtag;
import org.newsroom.pipeline.publish.syndication.ItemLinks;

import static org.assertj.core.api.Assertions.assertThat;

class FeedEtagTests {

	private final FeedDescriptor descriptor = new FeedDescriptor("Wirtschaft", "https://news.example.org/w.rss",
			"https://news.example.org/w", null, "de");

	private final ContentItem first = TestItems.article("art-1", 1, "Eins", "a", null);

	private final ContentItem second = TestItems.article("art-2", 1, "Zwei", "b", null);

	@Test
	void staysTheSameForTheSameItemsAndRevisions() {
		FeedEtag one = FeedEtag.of(this.descriptor, List.of(this.first, this.second), null);
		FeedEtag two = FeedEtag.of(this.descriptor, List.of(this.first, this.second), null);

		assertThat(one).isEqualTo(two);
		assertThat(one.etag()).startsWith("\"").endsWith("\"").doesNotStartWith("W/");
	}

	@Test
	void changesWhenAnItemGetsANewRevisionOrLeavesTheFeed() {
		FeedEtag before = FeedEtag.of(this.descriptor, List.of(this.first, this.second), null);
		ContentItem updated = TestItems.article("art-1", 2, "Eins", "a", null);

		assertThat(FeedEtag.of(this.descriptor, List.of(updated, this.second), null).etag())
			.isNotEqualTo(before.etag());
		assertThat(FeedEtag.of(this.descriptor, List.of(this.second), null).etag()).isNotEqualTo(before.etag());
	}

	@Test
	void changesWithTheFeedItself() {
		FeedDescriptor atom = new FeedDescriptor("Wirtschaft", "https://news.example.org/w.atom",
				"https://news.example.org/w", null, "de");

		assertThat(FeedEtag.of(atom, List.of(this.first), null).etag())
			.isNotEqualTo(FeedEtag.of(this.descriptor, List.of(this.first), null).etag());
	}

	@Test
	void answersConditionalRequests() {
		FeedEtag validators = FeedEtag.of(this.descriptor, List.of(this.first), null);

		assertThat(validators.matches(validators.etag())).isTrue();
		assertThat(validators.matches("\"other\", W/" + validators.etag())).isTrue();
		assertThat(validators.matches("*")).isTrue();
		assertThat(validators.matches("\"other\"")).isFalse();
		assertThat(validators.matches(null)).isFalse();
		assertThat(validators.lastModified()).isEqualTo(Instant.parse("2024-11-21T09:30:00Z"));
		assertThat(validators.notModifiedSince(Instant.parse("2024-11-21T09:30:00Z"))).isTrue();
		assertThat(validators.notModifiedSince(Instant.parse("2024-11-21T09:29:59Z"))).isFalse();
	}

	@Test
	void hasNoLastModifiedForAnEmptyFeed() {
		FeedEtag validators = FeedEtag.of(this.descriptor, List.of(), null);

		assertThat(validators.lastModified()).isNull();
		assertThat(validators.notModifiedSince(Instant.now())).isFalse();
	}

	@Test
	void movesBothValidatorsWhenWhatTheFeedShowsChangedAfterItsNewestItem() {
		Instant newest = ItemLinks.updated(this.first);
		FeedEtag before = FeedEtag.of(this.descriptor, List.of(this.first), newest);
		Instant killed = newest.plusSeconds(90);
		FeedEtag after = FeedEtag.of(this.descriptor, List.of(this.first), killed);
		assertThat(after.etag()).isNotEqualTo(before.etag());
		assertThat(after.lastModified()).isEqualTo(killed.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
		assertThat(after.notModifiedSince(before.lastModified())).isFalse();
		assertThat(after.matches(before.etag())).isFalse();
	}

}
