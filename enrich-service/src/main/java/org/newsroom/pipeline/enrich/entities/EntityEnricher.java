package org.newsroom.pipeline.enrich.entities;

import java.nio.file.Path;

import opennlp.tools.util.Span;

import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;
import org.newsroom.pipeline.enrich.places.PlaceIndex;
import org.newsroom.pipeline.enrich.text.Sentences;

/**
 * Finds people, organisations and places in headline, dateline and body, from the
 * gazetteer, the open-data places and given names followed by proper nouns.
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
		this.recognizer = new EntityRecognizer(Gazetteer.load(extraGazetteer), this.givenNames, PlaceIndex.standard());
	}

	@Override
	public String name() {
		return "entities";
	}

	@Override
	public String version() {
		return "1.1";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		MentionCollector collector = new MentionCollector();
		String language = ctx.language();
		scan(ctx.headline(), language, collector);
		if (ctx.dateline() != null && ctx.dateline().place() != null) {
			fromDateline(ctx.dateline().place(), EntityType.PLACE, language, collector);
		}
		if (ctx.dateline() != null && ctx.dateline().source() != null) {
			fromDateline(ctx.dateline().source(), EntityType.ORGANISATION, language, collector);
		}
		scan(ctx.textWithoutDateline(), language, collector);
		ctx.setEntities(collector.entities(EntityType.PERSON), collector.entities(EntityType.ORGANISATION),
				collector.entities(EntityType.PLACE));
	}

	/**
	 * The dateline's place is a place and its agency an organisation even when no list
	 * knows them; a known one keeps its canonical name. Either way the dateline found it.
	 */
	private void fromDateline(String name, EntityType type, String language, MentionCollector collector) {
		int before = collector.mentions();
		this.recognizer.recognize(this.tokenizers.tokenize(name, language, this.givenNames::isFrequent), language,
				new EntityRecognizer.MentionSink() {

					@Override
					public void mention(Mention mention) {
						collector.mention(
								new Mention(mention.type(), mention.surface(), mention.canonical(), Mention.DATELINE));
					}

					@Override
					public void candidate(String properNoun) {
					}

					@Override
					public void tentative(Mention mention) {
						mention(mention);
					}

				});
		if (collector.mentions() == before) {
			collector.mention(new Mention(type, name, name, Mention.DATELINE));
		}
	}

	private void scan(String text, String language, MentionCollector collector) {
		for (Span span : this.sentences.spans(text, language)) {
			String sentence = span.getCoveredText(text).toString();
			this.recognizer.recognize(this.tokenizers.tokenize(sentence, language, this.givenNames::isFrequent),
					language, collector);
		}
	}

}
