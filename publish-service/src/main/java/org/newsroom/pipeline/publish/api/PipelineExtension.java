package org.newsroom.pipeline.publish.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.ContentItem;

/**
 * The fields of an item that ninjs 2.3 has no property for, served as the one extension
 * property {@value NinjsItem#EXTENSION}.
 *
 * @param kind article or episode
 * @param languageConfidence how sure language detection was, 0 to 1
 * @param languageConflict the CMS gave a language the text does not match
 * @param section the newsroom section
 * @param tags editorial tags
 * @param canonicalUrl the item's web page
 * @param authors the bylines one by one
 * @param dateline the parsed dateline
 * @param readtime reading or listening time in seconds
 * @param keywords top keywords; ninjs 2.x has no keywords
 * @param people how the ninjs {@code people} were found, in their order
 * @param organisations how the ninjs {@code organisations} were found, in their order
 * @param places how the ninjs {@code places} were found, in their order
 * @param show the podcast of an episode
 * @param speakers the speakers of an episode
 * @param transcriptUrl transcript of an episode
 * @param chaptersUrl chapters of an episode
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record PipelineExtension(ContentKind kind, Double languageConfidence, Boolean languageConflict, String section,
		List<String> tags, String canonicalUrl, List<String> authors, Dateline dateline, Integer readtime,
		List<Keyword> keywords, List<Mention> people, List<Mention> organisations, List<Mention> places, Show show,
		List<Speaker> speakers, String transcriptUrl, String chaptersUrl) {

	static PipelineExtension of(ContentItem item) {
		ContentItem.Dateline dateline = item.dateline();
		return new PipelineExtension(item.kind(), item.languageConfidence(), item.languageConflict(), item.section(),
				item.tags(), item.canonicalUrl(), item.authors(),
				(dateline != null) ? new Dateline(dateline.place(), dateline.date(), dateline.source()) : null,
				item.readtime(), NinjsItems.map(item.keywords(), (k) -> new Keyword(k.term(), k.score())),
				mentions(item.people()), mentions(item.organisations()), mentions(item.places()),
				(item.show() != null) ? new Show(item.show().id(), item.show().title()) : null,
				NinjsItems.map(item.speakers(), (s) -> new Speaker(s.name(), s.role())), item.transcriptUrl(),
				item.chaptersUrl());
	}

	private static List<Mention> mentions(List<ContentItem.Entity> entities) {
		return NinjsItems.map(entities, (e) -> new Mention(e.name(), e.count(), e.origin()));
	}

	/**
	 * A dateline at the head of a text, such as {@code BERLIN (dpa) –}.
	 *
	 * @param place where the story was filed
	 * @param date the date as given, possibly partial like {@code 2024-11}
	 * @param source the agency or paper
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Dateline(String place, String date, String source) {
	}

	/**
	 * A ranked keyword.
	 *
	 * @param term the readable surface form
	 * @param score its TF-IDF score
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Keyword(String term, double score) {
	}

	/**
	 * How an entity of the ninjs arrays was found.
	 *
	 * @param name its name, as in the ninjs array
	 * @param count how often the text mentions it
	 * @param origin {@code gazetteer}, {@code model} or {@code cms}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Mention(String name, int count, String origin) {
	}

	/**
	 * The podcast of an episode.
	 *
	 * @param id the show id of its feed
	 * @param title the show's title
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Show(String id, String title) {
	}

	/**
	 * A speaker of an episode.
	 *
	 * @param name the speaker
	 * @param role such as {@code host} or {@code guest}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Speaker(String name, String role) {
	}

}
