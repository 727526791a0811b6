package org.newsroom.pipeline.publish.podcast;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.ChannelSliceConfiguration;
import org.newsroom.pipeline.publish.feed.SecureXml;
import org.newsroom.pipeline.publish.feed.TestItems;
import org.newsroom.pipeline.publish.publication.PublishedItems;
import org.newsroom.pipeline.publish.publication.PublishedItems.ItemFilter;
import org.newsroom.pipeline.publish.publication.PublishedItems.PublishedItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A show's podcast feed as a podcast app sees it, over a stubbed publication state.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = PodcastController.class, properties = "pipeline.local-mode=true")
@Import(ChannelSliceConfiguration.class)
@EnableConfigurationProperties(PodcastProperties.class)
class PodcastControllerTests {

	private static final ContentItem EPISODE = TestItems.episode("podcast-slice-1", 1, "Folge eins");

	private static final Instant CHANGED = Instant.parse("2024-11-22T05:00:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PublishedItems items;

	@Test
	void servesAConfiguredShowWithItsEpisodeEnclosureAndStableGuid() throws Exception {
		ItemFilter show = new ItemFilter(null, "episode", "bundestalk", null, null);
		given(this.items.live(show, 100)).willReturn(List.of(new PublishedItem(EPISODE, CHANGED)));
		given(this.items.lastChange(show)).willReturn(CHANGED);

		String xml = this.mvc.perform(get("/podcasts/bundestalk.rss"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/rss+xml"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(header().dateValue(HttpHeaders.LAST_MODIFIED, CHANGED.toEpochMilli()))
			.andReturn()
			.getResponse()
			.getContentAsString();

		Document feed = SecureXml.parse(xml);
		assertThat(SecureXml.text(feed, "/rss/channel/title")).isEqualTo("Bundestalk");
		assertThat(SecureXml.text(feed, "/rss/channel/item/title")).isEqualTo("Folge eins");
		assertThat(SecureXml.text(feed, "/rss/channel/item/guid")).isEqualTo("podcast-slice-1");
		assertThat(SecureXml.text(feed, "/rss/channel/item/enclosure/@url"))
			.isEqualTo("https://media.example.org/podcasts/bundestalk/podcast-slice-1.mp3");
	}

	@Test
	void answersNotFoundForAShowWithoutSettingsOrEpisodes() throws Exception {
		given(this.items.live(any(), anyInt())).willReturn(List.of());

		this.mvc.perform(get("/podcasts/no-such-show.rss")).andExpect(status().isNotFound());
	}

}
