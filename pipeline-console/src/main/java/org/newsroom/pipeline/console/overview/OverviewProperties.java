package org.newsroom.pipeline.console.overview;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Overview settings, under {@code console.overview.*}.
 *
 * @param window the recent window the rate is computed over
 * @param latencySample how many of a stage's latest events the percentiles cover
 * @param stages the stages always shown, in flow order
 * @param publishStage the stage whose PUBLISHED and UPDATED outcomes end the end-to-end
 * latency
 * @param channelStages lineage stages that are delivery channels
 */
@ConfigurationProperties("console.overview")
public record OverviewProperties(@DefaultValue("5m") Duration window, @DefaultValue("1000") int latencySample,
		@DefaultValue( {
				"ingest", "enrich", "publish" }) List<String> stages,
		@DefaultValue("publish") String publishStage, @DefaultValue("webhook") List<String> channelStages){
}
