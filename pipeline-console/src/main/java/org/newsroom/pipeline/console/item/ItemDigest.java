package org.newsroom.pipeline.console.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.console.lineage.StepDetails;
import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;

/**
 * Folds an item's timeline, oldest first, into its summary. Steps that change nothing
 * (stale, duplicate, a delivery, a failed attempt that will be retried, a superseded
 * delivery) leave the state as it was.
 */
final class ItemDigest {

	private final String publishStage;

	private String headline;

	private String kind;

	private String section;

	private long revision;

	private ItemState state = ItemState.IN_PROGRESS;

	private Instant stateSince;

	private Instant embargoedUntil;

	private Instant lastAt;

	private final Map<String, ItemView.Reached> reached = new LinkedHashMap<>();

	private ItemDigest(String publishStage) {
		this.publishStage = publishStage;
	}

	static ItemView of(String contentId, List<LineageEvent> timeline, String publishStage) {
		ItemDigest digest = new ItemDigest(publishStage);
		timeline.forEach(digest::add);
		return new ItemView(contentId, digest.headline, digest.kind, digest.section, digest.revision, digest.state,
				digest.stateSince, digest.embargoedUntil, digest.lastAt, new ArrayList<>(digest.reached.values()));
	}

	private void add(LineageEvent event) {
		this.headline = (event.headline() != null) ? event.headline() : this.headline;
		String named = (event.kind() != null) ? event.kind() : StepDetails.kind(event.detail());
		this.kind = (named != null) ? named : this.kind;
		this.section = (event.section() != null) ? event.section() : this.section;
		this.revision = Math.max(this.revision, event.revision());
		this.lastAt = event.at();
		if (event.stage() != null && event.outcome() != null) {
			this.reached.put(event.stage(),
					new ItemView.Reached(event.stage(), event.outcome().name(), event.revision(), event.at()));
			ItemState next = next(event);
			if (next != null) {
				this.state = next;
				this.stateSince = event.at();
				this.embargoedUntil = (next == ItemState.EMBARGOED) ? StepDetails.embargoEnd(event) : null;
			}
		}
	}

	private ItemState next(LineageEvent event) {
		boolean published = event.stage().equals(this.publishStage);
		LineageOutcome outcome = event.outcome();
		return switch (outcome) {
			case REJECTED, DELIVERY_FAILED -> ItemState.FAILED;
			case PUBLISHED, UPDATED -> published ? ItemState.LIVE : ItemState.IN_PROGRESS;
			case EMBARGOED -> ItemState.EMBARGOED;
			case WITHDRAWN -> published ? ItemState.WITHDRAWN : ItemState.IN_PROGRESS;
			case ACCEPTED, ENRICHED, REPLAYED -> ItemState.IN_PROGRESS;
			default -> null;
		};
	}

}
