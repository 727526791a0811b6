package org.newsroom.pipeline.enrich.entities;

import java.nio.file.Path;

import opennlp.tools.util.Span;

import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;
import org.newsroom.pipeline.enrich.text.Sentences;

/**
 * Finds people, organisations and places in headline and body, from the gazetteer and
 * from given names followed by proper nouns.
 */
public final class EntityEnricher implements Enricher {

	private final Sentences sentences;

	private final Tokenizers tokenizers;

	private final GivenNames givenNames;

	private final EntityRecognizer recognizer;

	/**
	 * Loads the gazetteer, the given names and the German models.
	 * @param sentences the sentence splitter
	 * @param extraGazetteer an operator's additional gazetteer file, or {@code null}
	 */
	public EntityEnricher(Sentences sentences, Path extraGazetteer) {
		this.sentences = sentences;
		this.tokenizers = Tokenizers.load();
		this.givenNames = GivenNames.load();
		this.recognizer = new EntityRecognizer(Gazetteer.load(extraGazetteer), this.givenNames);
	}

	@Override
	public String name() {
		return "entities";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		MentionCollector collector = new MentionCollector();
		String language = ctx.language();
		scan(ctx.headline(), language, collector);
		if (ctx.dateline() != null && ctx.dateline().place() != null) {
			datelinePlace(ctx.dateline().place(), language, collector);
		}
		if (ctx.dateline() != null && ctx.dateline().source() != null) {
			// an agency the gazetteer knows (dpa, Reuters, taz) counts as an organisation
			this.recognizer.recognize(
					this.tokenizers.tokenize(ctx.dateline().source(), language, this.givenNames::contains), collector);
		}
		scan(ctx.textWithoutDateline(), language, collector);
		ctx.setEntities(collector.entities(EntityType.PERSON), collector.entities(EntityType.ORGANISATION),
				collector.entities(EntityType.PLACE));
	}

	/**
	 * The dateline place is a place even when the gazetteer does not know it; upper-case
	 * datelines are matched in their normalized form.
	 */
	private void datelinePlace(String place, String language, MentionCollector collector) {
		int before = collector.mentions();
		this.recognizer.recognize(this.tokenizers.tokenize(place, language, this.givenNames::contains), collector);
		if (collector.mentions() == before) {
			collector.mention(new Mention(EntityType.PLACE, place, place, "model"));
		}
	}

	private void scan(String text, String language, MentionCollector collector) {
		for (Span span : this.sentences.spans(text, language)) {
			String sentence = span.getCoveredText(text).toString();
			this.recognizer.recognize(this.tokenizers.tokenize(sentence, language, this.givenNames::contains),
					collector);
		}
	}

}
