package org.newsroom.pipeline.publish.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An item as the content API serves it: IPTC ninjs 2.3 with the pipeline's own fields in
 * the one extension property {@value #EXTENSION}. Empty properties are omitted.
 *
 * @param uri the ninjs uri, {@code urn:newsroom:content:<contentId>}
 * @param type {@code text} or {@code audio}
 * @param version the CMS revision, as ninjs types it: a string
 * @param firstcreated first publication time
 * @param versioncreated time of this revision
 * @param embargoed no channel shows the item before this time
 * @param pubstatus {@code usable}, {@code withheld} (embargoed) or {@code canceled}
 * @param language BCP 47 language
 * @param altids the CMS id, role {@code cms}
 * @param headlines the title, role {@code main}
 * @param descriptions the teaser, role {@code summary}
 * @param by the bylines, joined
 * @param located the dateline place
 * @param bodies the body, role {@code main}, as {@code text/html} and {@code text/plain}
 * @param subjects IPTC Media Topics
 * @param people people mentioned
 * @param organisations organisations mentioned
 * @param places places mentioned
 * @param renditions the audio of an episode
 * @param pipeline what ninjs has no property for
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record NinjsItem(String uri, String type, String version, Instant firstcreated, Instant versioncreated,
		Instant embargoed, String pubstatus, String language, List<AltId> altids, List<Text> headlines,
		List<Text> descriptions, String by, String located, List<Body> bodies, List<Subject> subjects,
		List<Entity> people, List<Entity> organisations, List<Entity> places, List<Rendition> renditions,
		@JsonProperty(EXTENSION) PipelineExtension pipeline) {

	/**
	 * The extension property: namespaced with a provider prefix and a colon, as the ninjs
	 * guidelines ask of extension keys, so no future ninjs property can collide with it.
	 */
	static final String EXTENSION = "newsroom:pipeline";

	/**
	 * An alternative id.
	 *
	 * @param role which system the id belongs to
	 * @param value the id
	 */
	public record AltId(String role, String value) {
	}

	/**
	 * A headline or a description.
	 *
	 * @param role what it is for
	 * @param contenttype its media type, or {@code null}
	 * @param value the text
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Text(String role, String contenttype, String value) {
	}

	/**
	 * The body in one format.
	 *
	 * @param role {@code main}
	 * @param contenttype {@code text/html} or {@code text/plain}
	 * @param value the body
	 * @param charcount characters of its text
	 * @param wordcount words of its text
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Body(String role, String contenttype, String value, Integer charcount, Integer wordcount) {
	}

	/**
	 * A subject.
	 *
	 * @param name the label in the item's language
	 * @param uri the IPTC Media Topic as a complete uri
	 * @param literal the code as the pipeline writes it, such as {@code medtop:11000000}
	 * @param confidence how sure the classification was, 0 to 100
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Subject(String name, String uri, String literal, int confidence) {
	}

	/**
	 * A person, organisation or place.
	 *
	 * @param name as it appears in the text
	 * @param literal its canonical name, which identifies it across items
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Entity(String name, String literal) {
	}

	/**
	 * A media file of the item.
	 *
	 * @param name {@code main} for the first
	 * @param href where it is served
	 * @param contenttype its media type
	 * @param sizeinbytes its size
	 * @param duration playing time in seconds
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Rendition(String name, String href, String contenttype, long sizeinbytes, long duration) {
	}

}
