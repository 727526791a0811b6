package org.newsroom.pipeline.publish.api;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.publish.ChannelSliceConfiguration;
import org.newsroom.pipeline.publish.publication.PublishedItems;
import org.newsroom.pipeline.publish.publication.PublishedItems.ItemState;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The content API as a client sees it: ninjs for a live item, problems for the rest, and
 * embargoed items for operators only.
 */
// the shipped users are the local stack's, which a test runs as
@WebMvcTest(controllers = ContentController.class, properties = "pipeline.local-mode=true")
@Import(ChannelSliceConfiguration.class)
class ContentControllerTests {

	@Autowired
	private MockMvc mvc;

	@MockitoBean
	private PublishedItems items;

	@Test
	void servesALiveItemAsNinjsToAnyone() throws Exception {
		given(this.items.find("api-slice-1"))
			.willReturn(Optional.of(new ItemState(NinjsTestItems.article("api-slice-1", "wirtschaft"), true, false)));

		this.mvc.perform(get("/api/v1/content/api-slice-1"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.headlines[0].value").value("Bahn und GDL einigen sich"))
			.andExpect(jsonPath("$.uri").value("urn:newsroom:content:api-slice-1"));
	}

	@Test
	void hidesAnEmbargoedItemFromThePublicButShowsItToAnOperator() throws Exception {
		given(this.items.find("api-slice-2"))
			.willReturn(Optional.of(new ItemState(NinjsTestItems.article("api-slice-2", "politik"), false, false)));

		this.mvc.perform(get("/api/v1/content/api-slice-2"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		this.mvc.perform(get("/api/v1/content/api-slice-2").with(httpBasic("operator", "operator")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.headlines[0].value").value("Bahn und GDL einigen sich"));
	}

	@Test
	void answersGoneForAWithdrawnItem() throws Exception {
		given(this.items.find("api-slice-3"))
			.willReturn(Optional.of(new ItemState(NinjsTestItems.article("api-slice-3", "politik"), false, true)));

		this.mvc.perform(get("/api/v1/content/api-slice-3"))
			.andExpect(status().isGone())
			.andExpect(jsonPath("$.detail").value("Item api-slice-3 was withdrawn"));
	}

	@Test
	void refusesAnUnreadableCursor() throws Exception {
		this.mvc.perform(get("/api/v1/content").param("cursor", "not-a-cursor"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400));
	}

}
