package org.newsroom.pipeline.enrich.dateline;

import java.time.ZoneOffset;

import org.newsroom.pipeline.contract.events.ContentItem.Dateline;
import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;

/**
 * Finds the dateline at the head of the plain text and marks where the story starts.
 */
public final class DatelineEnricher implements Enricher {

	private final DatelineParser parser = new DatelineParser(KnownPlaces.load());

	@Override
	public String name() {
		return "dateline";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		Integer year = (ctx.content().firstPublishedAt() != null)
				? ctx.content().firstPublishedAt().atZone(ZoneOffset.UTC).getYear() : null;
		this.parser.parse(ctx.bodyText(), year)
			.ifPresent((d) -> ctx.setDateline(new Dateline(d.place(), d.date(), d.source()), d.end()));
	}

}
