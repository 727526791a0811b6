package org.newsroom.pipeline.enrich;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the enrich service, under {@code enrich.*}.
 *
 * @param profile {@code standard} runs every enricher; {@code noop} only converts the
 * text, to measure the pipeline without enrichment cost
 * @param gazetteerExtension an operator's own gazetteer file, added to the shipped one
 */
@ConfigurationProperties("enrich")
public record EnrichProperties(@DefaultValue("standard") String profile, Path gazetteerExtension) {
}
