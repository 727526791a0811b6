package org.newsroom.pipeline.enrich.chain;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.cms.CmsContent.Audio;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentItem.Rendition;

/**
 * Turns a finished context into the immutable ninjs-like item.
 */
final class ContentItemAssembler {

	private final Clock clock;

	ContentItemAssembler(Clock clock) {
		this.clock = clock;
	}

	ContentItem assemble(EnrichmentContext ctx) {
		CmsContent content = ctx.content();
		String description = hasText(content.description()) ? content.description() : ctx.description();
		String located = (ctx.dateline() != null) ? ctx.dateline().place() : null;
		return new ContentItem(ContentItem.URI_PREFIX + content.contentId(), content.contentId(),
				ctx.isEpisode() ? "audio" : "text", content.kind(), content.revision(), pubstatus(content),
				ctx.language(), ctx.languageConfidence(), ctx.languageConflict(), content.headline(), description,
				ctx.bodyHtml(), ctx.bodyText(), by(content.authors()), content.authors(), located, ctx.dateline(),
				content.section(), content.tags(), content.canonicalUrl(), content.firstPublishedAt(),
				versionCreated(ctx), content.embargoedUntil(), ctx.subjects(), ctx.people(), ctx.organisations(),
				ctx.places(), ctx.keywords(), ctx.wordcount(), ctx.charcount(), ctx.readtime(),
				renditions(content.audio()), content.show(), ctx.isEpisode() ? ctx.speakers() : null,
				content.transcriptUrl(), content.chaptersUrl());
	}

	private String pubstatus(CmsContent content) {
		Instant embargo = content.embargoedUntil();
		return (embargo != null && embargo.isAfter(this.clock.instant())) ? "withheld" : "usable";
	}

	private static Instant versionCreated(EnrichmentContext ctx) {
		if (ctx.input().cmsEvent() != null && ctx.input().cmsEvent().time() != null) {
			return ctx.input().cmsEvent().time();
		}
		return ctx.input().ingestedAt();
	}

	private static String by(List<String> authors) {
		return authors.isEmpty() ? null : String.join(", ", authors);
	}

	private static List<Rendition> renditions(Audio audio) {
		if (audio == null) {
			return null;
		}
		return List.of(new Rendition(audio.url(), audio.mimeType(), audio.sizeBytes(), audio.durationSeconds()));
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
