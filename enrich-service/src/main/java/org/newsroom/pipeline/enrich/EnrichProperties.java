package org.newsroom.pipeline.enrich;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the enrich service, under {@code enrich.*}.
 *
 * @param profile {@code standard} runs every enricher; {@code noop} only converts the
 * text, to measure the pipeline without enrichment cost
 * @param gazetteerExtension an operator's own gazetteer file, added to the shipped one
 * @param frequenciesFlushInterval how often the keyword enricher's document frequencies
 * counted in memory are added to the store
 * @param backfill how backfills ("re-enrich every item") run
 */
@ConfigurationProperties("enrich")
public record EnrichProperties(@DefaultValue("standard") String profile, Path gazetteerExtension,
		@DefaultValue("1s") Duration frequenciesFlushInterval, @DefaultValue Backfill backfill) {

	/**
	 * How backfills run.
	 *
	 * @param resumeInterval how often each instance looks for an unfinished backfill to
	 * take up, such as one whose instance died
	 * @param lease how long one page of a backfill holds it for one instance; a dead
	 * instance's backfill is taken up after it
	 */
	public record Backfill(@DefaultValue("30s") Duration resumeInterval, @DefaultValue("60s") Duration lease) {
	}

}
