package org.newsroom.pipeline.publish.feed;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.publish.ChannelSliceConfiguration;
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
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The web feeds as a reader's feed client sees them, over a stubbed publication state.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = FeedController.class, properties = "pipeline.local-mode=true")
@Import(ChannelSliceConfiguration.class)
@EnableConfigurationProperties(FeedProperties.class)
class FeedControllerTests {

	private static final ContentItem ARTICLE = TestItems.article("feed-slice-1", 2, "Bahn und GDL einigen sich",
			"Der Streik ist abgewendet.", "<p>Text</p>");

	private static final Instant CHANGED = Instant.parse("2024-11-21T09:30:00Z");

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PublishedItems items;

	@Test
	void servesASectionAsRssToAnonymousReadersWithItsValidators() throws Exception {
		givenLive(new ItemFilter("wirtschaft", null, null, null, null));

		MvcResult result = this.mvc.perform(get("/feeds/sections/wirtschaft.rss"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/rss+xml"))
			.andExpect(header().exists(HttpHeaders.ETAG))
			.andExpect(header().dateValue(HttpHeaders.LAST_MODIFIED, CHANGED.toEpochMilli()))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache, public"))
			.andReturn();

		org.w3c.dom.Document feed = SecureXml.parse(result.getResponse().getContentAsString());
		assertThat(SecureXml.text(feed, "/rss/channel/title")).isEqualTo("Newsroom – Wirtschaft");
		assertThat(SecureXml.text(feed, "/rss/channel/item/title")).isEqualTo("Bahn und GDL einigen sich");
		assertThat(SecureXml.text(feed, "/rss/channel/item/guid")).contains("feed-slice-1");
	}

	@Test
	void answersNotModifiedToAClientWhoseCopyIsCurrent() throws Exception {
		givenLive(ItemFilter.ALL);
		String etag = this.mvc.perform(get("/feeds/all.atom"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
			.andReturn()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);

		this.mvc.perform(get("/feeds/all.atom").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andExpect(content().string(""));
	}

	@Test
	void knowsNoFeedOfAKindItDoesNotPublish() throws Exception {
		this.mvc.perform(get("/feeds/kinds/recipe.rss")).andExpect(status().isNotFound());
	}

	private void givenLive(ItemFilter filter) {
		given(this.items.live(any(), anyInt())).willReturn(List.of());
		given(this.items.live(filter, 50)).willReturn(List.of(new PublishedItem(ARTICLE, CHANGED)));
		given(this.items.lastChange(filter)).willReturn(CHANGED);
	}

}
