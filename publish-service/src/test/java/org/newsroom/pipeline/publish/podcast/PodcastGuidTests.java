package org.newsroom.pipeline.publish.podcast;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PodcastGuidTests {

	@Test
	void reproducesTheExampleOfThePodcastingSpecification() {
		// the podcast:guid section of the Podcasting 2.0 namespace gives this pair
		assertThat(PodcastGuid.of("https://podnews.net/rss")).hasToString("9b024349-ccf0-5f69-a609-6b82873eab3c");
	}

	@Test
	void ignoresSchemeAndTrailingSlashes() {
		assertThat(PodcastGuid.of("http://podnews.net/rss//")).isEqualTo(PodcastGuid.of("https://podnews.net/rss"));
		assertThat(PodcastGuid.of("podnews.net/rss")).isEqualTo(PodcastGuid.of("https://podnews.net/rss"));
	}

	@Test
	void isAVersionFiveUuid() {
		assertThat(PodcastGuid.of("https://news.example.org/podcasts/bundestalk.rss").version()).isEqualTo(5);
		assertThat(PodcastGuid.of("https://news.example.org/podcasts/bundestalk.rss").variant()).isEqualTo(2);
	}

}
