package org.newsroom.pipeline.contract.events;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.newsroom.pipeline.contract.cms.CmsContent.Show;
import org.newsroom.pipeline.contract.cms.CmsContent.Speaker;
import org.newsroom.pipeline.contract.cms.ContentKind;

/**
 * An enriched item as the stages, feeds, webhooks and the outbound topic carry it; its
 * names follow IPTC ninjs where they can, and the content API maps it to ninjs 2.3
 * proper.
 *
 * @param uri the ninjs uri, {@code urn:newsroom:content:<contentId>}
 * @param contentId the CMS id
 * @param type {@code text} or {@code audio}
 * @param kind article or episode
 * @param revision the CMS revision
 * @param pubstatus {@code usable}, {@code withheld} (embargoed) or {@code canceled}
 * @param language BCP 47 language
 * @param languageConfidence how sure language detection was, 0 to 1
 * @param languageConflict the CMS gave a language the text does not match
 * @param headline the title
 * @param description a teaser of at most 300 characters
 * @param bodyHtml sanitized HTML
 * @param bodyText plain text
 * @param by the bylines, joined
 * @param authors the bylines
 * @param located the dateline place
 * @param dateline the parsed dateline
 * @param section the newsroom section
 * @param tags editorial tags
 * @param canonicalUrl the item's web page
 * @param firstcreated first publication time
 * @param versioncreated time of this revision
 * @param embargoed no channel shows the item before this time
 * @param subjects IPTC Media Topics
 * @param people people mentioned
 * @param organisations organisations mentioned
 * @param places places mentioned
 * @param keywords top keywords
 * @param wordcount words in the body
 * @param charcount characters in the body
 * @param readtime reading or listening time in seconds
 * @param renditions the audio of an episode
 * @param show the podcast of an episode
 * @param speakers the speakers of an episode
 * @param transcriptUrl transcript of an episode
 * @param chaptersUrl chapters of an episode
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentItem(String uri, String contentId, String type, ContentKind kind, long revision, String pubstatus,
		String language, Double languageConfidence, Boolean languageConflict, String headline, String description,
		@JsonProperty("body_html") String bodyHtml, @JsonProperty("body_text") String bodyText, String by,
		List<String> authors, String located, Dateline dateline, String section, List<String> tags, String canonicalUrl,
		Instant firstcreated, Instant versioncreated, Instant embargoed, List<Subject> subjects, List<Entity> people,
		List<Entity> organisations, List<Entity> places, List<Keyword> keywords, Integer wordcount, Integer charcount,
		Integer readtime, List<Rendition> renditions, Show show, List<Speaker> speakers, String transcriptUrl,
		String chaptersUrl) {

	/** Prefix of {@link #uri()}. */
	public static final String URI_PREFIX = "urn:newsroom:content:";

	/**
	 * A dateline at the head of a text, such as {@code BERLIN (dpa) –}.
	 *
	 * @param place where the story was filed
	 * @param date the date as given, possibly partial like {@code 2024-11}
	 * @param source the agency or paper, such as {@code dpa} or {@code taz}
	 */
	public record Dateline(String place, String date, String source) {
	}

	/**
	 * An IPTC Media Topic.
	 *
	 * @param code such as {@code medtop:11000000}
	 * @param name the label in the item's language
	 * @param confidence 0 to 1
	 */
	public record Subject(String code, String name, double confidence) {
	}

	/**
	 * A person, organisation or place found in the text.
	 *
	 * @param name as it appears
	 * @param normalized the canonical name
	 * @param count how often it is mentioned
	 * @param origin what found it: {@code gazetteer}, {@code rule}, {@code dateline} or
	 * {@code cms} ({@code model} on items enriched before {@code entities:1.1})
	 */
	public record Entity(String name, String normalized, int count, String origin) {
	}

	/**
	 * A ranked keyword.
	 *
	 * @param term the readable surface form
	 * @param score its TF-IDF score
	 */
	public record Keyword(String term, double score) {
	}

	/**
	 * A media file of the item.
	 *
	 * @param href where it is served
	 * @param contenttype its media type
	 * @param sizeinbytes its size
	 * @param duration playing time in seconds
	 */
	public record Rendition(String href, String contenttype, long sizeinbytes, long duration) {
	}

}
