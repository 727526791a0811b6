package org.newsroom.pipeline.console.item;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.contract.lineage.LineageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.contract.lineage.PublicationDetail;

/**
 * Folds an item's timeline, oldest first, into its summary. Steps that change nothing
 * (stale, duplicate, a delivery, a failed attempt that will be retried, a superseded
 * delivery) leave the state as it was. A summary folded so far can go on with the steps
 * that came after it.
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
		return digest.view(contentId);
	}

	/**
	 * Goes on from a summary with steps that all came at or after its latest activity,
	 * which gives what folding the whole timeline gives.
	 * @param before the summary so far
	 * @param later the new steps, oldest first
	 * @param publishStage the stage whose steps make an item live
	 * @return the summary with the new steps
	 * @see #follows
	 */
	static ItemView continued(ItemView before, List<LineageEvent> later, String publishStage) {
		ItemDigest digest = new ItemDigest(publishStage);
		digest.headline = before.headline();
		digest.kind = before.kind();
		digest.section = before.section();
		digest.revision = before.revision();
		digest.state = before.state();
		digest.stateSince = before.stateSince();
		digest.embargoedUntil = before.embargoedUntil();
		digest.lastAt = before.lastAt();
		before.reached().forEach((r) -> digest.reached.put(r.stage(), r));
		later.forEach(digest::add);
		return digest.view(before.contentId());
	}

	/**
	 * Whether steps can be folded onto a summary: none happened before its latest
	 * activity. A step that arrives late needs the whole timeline instead.
	 */
	static boolean follows(ItemView before, List<LineageEvent> later) {
		return before.lastAt() == null
				|| later.stream().allMatch((event) -> event.at() != null && !event.at().isBefore(before.lastAt()));
	}

	private ItemView view(String contentId) {
		return new ItemView(contentId, this.headline, this.kind, this.section, this.revision, this.state,
				this.stateSince, this.embargoedUntil, this.lastAt, new ArrayList<>(this.reached.values()));
	}

	private void add(LineageEvent event) {
		this.headline = (event.headline() != null) ? event.headline() : this.headline;
		String named = PublicationDetail.kind(event);
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
				this.embargoedUntil = (next == ItemState.EMBARGOED) ? PublicationDetail.embargoEnd(event) : null;
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
