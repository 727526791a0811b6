package org.newsroom.pipeline.ingest.intake;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.newsroom.pipeline.contract.EventTypes;
import org.newsroom.pipeline.contract.cms.CmsContent;
import org.newsroom.pipeline.contract.events.ContentIngested;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.ingest.validation.CmsEvent;
import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.springframework.stereotype.Component;

/**
 * Announces a stored revision on {@code content.ingested.v1}: the item, or its
 * withdrawal, under the deterministic id {@code contentId:revision:stage}.
 */
@Component
class Announcer {

	private final EventSender sender;

	private final String topic;

	Announcer(EventSender sender, PipelineProperties properties) {
		this.sender = sender;
		this.topic = properties.topics().ingested();
	}

	CompletableFuture<?> announce(CmsEvent event) {
		CmsContent content = event.content();
		Instant now = Instant.now();
		if (EventTypes.WITHDRAWN.equals(event.event().type())) {
			ContentWithdrawn withdrawn = new ContentWithdrawn(content.contentId(), content.revision(), content.kind(),
					content.reason(), event.ref(), now);
			return this.sender.send(this.topic, content.contentId(),
					StageEvent.eventId(content.contentId(), content.revision(), ContentWithdrawn.STAGE),
					EventTypes.WITHDRAWN, now, withdrawn);
		}
		ContentIngested ingested = new ContentIngested(content.contentId(), content.revision(), content, event.ref(),
				now);
		return this.sender.send(this.topic, content.contentId(),
				StageEvent.eventId(content.contentId(), content.revision(), ContentIngested.STAGE), EventTypes.INGESTED,
				now, ingested);
	}

}
