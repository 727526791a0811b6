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
 */
@ConfigurationProperties("enrich")
public record EnrichProperties(@DefaultValue("standard") String profile, Path gazetteerExtension,
		@DefaultValue("1s") Duration frequenciesFlushInterval) {
}
