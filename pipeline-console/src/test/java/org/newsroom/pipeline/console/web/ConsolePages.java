package org.newsroom.pipeline.console.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The console's pages as its shipped local users see them in a {@code @WebMvcTest}: a
 * page as parsed HTML, a form sent as from the page, and the way an anonymous visitor is
 * sent to log in.
 */
public final class ConsolePages {

	private ConsolePages() {
	}

	/**
	 * The shipped user who may read every page and change nothing.
	 * @return HTTP basic credentials of {@code viewer}
	 */
	public static RequestPostProcessor viewer() {
		return httpBasic("viewer", "viewer");
	}

	/**
	 * The shipped user who may also act.
	 * @return HTTP basic credentials of {@code operator}
	 */
	public static RequestPostProcessor operator() {
		return httpBasic("operator", "operator");
	}

	/**
	 * GETs a page that must render.
	 * @param mvc the slice's client
	 * @param path the page and its query
	 * @param user who asks
	 * @return the page's HTML
	 * @throws Exception if the request fails or the page does not render
	 */
	public static Document page(MockMvc mvc, String path, RequestPostProcessor user) throws Exception {
		String html = mvc.perform(get(path).with(user).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	/**
	 * Sends a page's form with the CSRF token the page carries.
	 * @param mvc the slice's client
	 * @param user who sends it
	 * @param path where the form posts to
	 * @param fields the form's fields, names and values in turn
	 * @return the answer, to check
	 * @throws Exception if the request fails
	 */
	public static ResultActions submit(MockMvc mvc, RequestPostProcessor user, String path, String... fields)
			throws Exception {
		MockHttpServletRequestBuilder form = post(path).with(user).with(csrf()).accept(MediaType.TEXT_HTML);
		for (int i = 0; i < fields.length; i += 2) {
			form.param(fields[i], fields[i + 1]);
		}
		return mvc.perform(form);
	}

	/**
	 * Checks that a page sends an anonymous browser to the login page.
	 * @param mvc the slice's client
	 * @param path the page
	 * @throws Exception if the request fails or is not redirected
	 */
	public static void assertSendsAnonymousToLogin(MockMvc mvc, String path) throws Exception {
		mvc.perform(get(path).accept(MediaType.TEXT_HTML))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(ConsoleSecurityConfiguration.LOGIN));
	}

}
