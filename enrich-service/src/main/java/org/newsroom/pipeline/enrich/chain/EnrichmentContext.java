package org.newsroom.pipeline.enrich.chain;

import java.util.List;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.CmsContent.Speaker;
import org.newsroom.pipeline.contract.cms.ContentKind;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentItem.Dateline;
import org.newsroom.pipeline.contract.events.ContentItem.Entity;
import org.newsroom.pipeline.contract.events.ContentItem.Keyword;
import org.newsroom.pipeline.contract.events.ContentItem.Subject;

/**
 * The item while it passes through the chain: the input and what enrichers found so far.
 * Only the chain creates one, and it lives for one item on one thread; the public result
 * is the immutable {@link org.newsroom.pipeline.contract.events.ContentItem}.
 */
public final class EnrichmentContext {

	private final ContentIngested input;

	private String bodyHtml;

	private String bodyText = "";

	private int datelineEnd;

	private Dateline dateline;

	private int wordcount;

	private int charcount;

	private Integer readtime;

	private String language;

	private Double languageConfidence;

	private Boolean languageConflict;

	private List<Entity> people = List.of();

	private List<Entity> organisations = List.of();

	private List<Entity> places = List.of();

	private List<Keyword> keywords = List.of();

	private List<Subject> subjects = List.of();

	private String description;

	private List<Speaker> speakers = List.of();

	EnrichmentContext(ContentIngested input) {
		this.input = input;
		this.speakers = input.content().speakers();
	}

	public ContentIngested input() {
		return this.input;
	}

	public CmsContent content() {
		return this.input.content();
	}

	public boolean isEpisode() {
		return content().kind() == ContentKind.EPISODE;
	}

	public String headline() {
		return (content().headline() != null) ? content().headline() : "";
	}

	public String bodyHtml() {
		return this.bodyHtml;
	}

	/**
	 * The plain text of the body, paragraphs separated by blank lines.
	 * @return the text, empty before the text enricher ran
	 */
	public String bodyText() {
		return this.bodyText;
	}

	/**
	 * Sets the sanitized HTML and the plain text of the body.
	 * @param html sanitized HTML
	 * @param text plain text
	 * @param words the number of words
	 */
	public void setBody(String html, String text, int words) {
		this.bodyHtml = html;
		this.bodyText = (text != null) ? text : "";
		this.wordcount = words;
		this.charcount = this.bodyText.codePointCount(0, this.bodyText.length());
	}

	/**
	 * The plain text without a leading dateline, for summaries.
	 * @return the text after the dateline
	 */
	public String textWithoutDateline() {
		return this.bodyText.substring(Math.min(this.datelineEnd, this.bodyText.length()));
	}

	public Dateline dateline() {
		return this.dateline;
	}

	/**
	 * Records the dateline found at the head of the plain text.
	 * @param dateline the parsed dateline
	 * @param endOffset where the text after the dateline starts
	 */
	public void setDateline(Dateline dateline, int endOffset) {
		this.dateline = dateline;
		this.datelineEnd = Math.max(0, endOffset);
	}

	public int wordcount() {
		return this.wordcount;
	}

	public int charcount() {
		return this.charcount;
	}

	public Integer readtime() {
		return this.readtime;
	}

	public void setReadtime(int seconds) {
		this.readtime = seconds;
	}

	public String language() {
		return this.language;
	}

	public Double languageConfidence() {
		return this.languageConfidence;
	}

	public Boolean languageConflict() {
		return this.languageConflict;
	}

	/**
	 * Records the item's language.
	 * @param language BCP 47 code
	 * @param confidence 0 to 1, or {@code null} when the CMS gave it and no detection ran
	 * @param conflict whether the text disagrees with the CMS
	 */
	public void setLanguage(String language, Double confidence, Boolean conflict) {
		this.language = language;
		this.languageConfidence = confidence;
		this.languageConflict = conflict;
	}

	public List<Entity> people() {
		return this.people;
	}

	public List<Entity> organisations() {
		return this.organisations;
	}

	public List<Entity> places() {
		return this.places;
	}

	/**
	 * Records the named entities found.
	 * @param people people
	 * @param organisations organisations
	 * @param places places
	 */
	public void setEntities(List<Entity> people, List<Entity> organisations, List<Entity> places) {
		this.people = List.copyOf(people);
		this.organisations = List.copyOf(organisations);
		this.places = List.copyOf(places);
	}

	public List<Keyword> keywords() {
		return this.keywords;
	}

	public void setKeywords(List<Keyword> keywords) {
		this.keywords = List.copyOf(keywords);
	}

	public List<Subject> subjects() {
		return this.subjects;
	}

	public void setSubjects(List<Subject> subjects) {
		this.subjects = List.copyOf(subjects);
	}

	public String description() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<Speaker> speakers() {
		return this.speakers;
	}

	public void setSpeakers(List<Speaker> speakers) {
		this.speakers = List.copyOf(speakers);
	}

}
