package org.newsroom.pipeline.enrich.episode;

import java.util.List;

import org.newsroom.pipeline.contract.cms.CmsContent.Speaker;
import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;

/**
 * The speakers of an episode: those the CMS gave, otherwise the people of the show notes,
 * as host and guests where the wording shows who leads the talk.
 */
public final class EpisodeEnricher implements Enricher {

	private final SpeakerRoles roles = new SpeakerRoles();

	@Override
	public String name() {
		return "episode";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		if (!ctx.isEpisode() || !ctx.content().speakers().isEmpty()) {
			return;
		}
		List<Speaker> speakers = this.roles.find(ctx.bodyText(), ctx.people());
		ctx.setSpeakers(speakers);
	}

}
