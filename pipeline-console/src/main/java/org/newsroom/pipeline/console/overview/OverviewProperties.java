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
 * @param arrivalStage the stage whose ACCEPTED outcome is a revision's arrival at the
 * pipeline, where end-to-end latency starts
 * @param cmsTimeWithin how recent a CMS time ({@code ce_time}) must be, before the
 * publication, to count in the latency from the CMS time; older ones are replays,
 * backfills or sample data
 * @param channelStages lineage stages that are delivery channels
 * @param channelSample how many of a channel's latest attempts its health covers
 */
@ConfigurationProperties("console.overview")
record OverviewProperties(@DefaultValue("5m") Duration window, @DefaultValue("1000") int latencySample, @DefaultValue( {
		"ingest", "enrich", "publish" }) List<String> stages, @DefaultValue("publish") String publishStage,
		@DefaultValue("ingest") String arrivalStage, @DefaultValue("1d") Duration cmsTimeWithin,
		@DefaultValue("webhook") List<String> channelStages, @DefaultValue("100") int channelSample){
}
