package org.newsroom.pipeline.publish.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.newsroom.pipeline.contract.events.ContentEnriched;
import org.newsroom.pipeline.contract.events.ContentItem;
import org.newsroom.pipeline.contract.events.ContentWithdrawn;
import org.newsroom.pipeline.contract.events.StageEvent;
import org.newsroom.pipeline.contract.lineage.LineageOutcome;
import org.newsroom.pipeline.contract.lineage.PublicationDetail;
import org.newsroom.pipeline.publish.webhook.WebhookEvent;
import org.newsroom.pipeline.support.lineage.LineageStep;
import org.newsroom.pipeline.support.stage.Decision;
import org.newsroom.pipeline.support.stage.Emission;
import org.newsroom.pipeline.support.stage.Received;
import org.newsroom.pipeline.support.stage.Stage;
import org.newsroom.pipeline.support.stage.StageInputs;
import org.springframework.stereotype.Component;

/**
 * Publish's part of the stage engine: enriched items and withdrawals are decided against
 * the publication state, and what changes what channels show is announced through
 * {@link Announcements}.
 */
@Component
class PublicationStage implements Stage<StageEvent, StageEvent, Publication> {

	static final String STAGE = "publish";

	private final PublicationStore store;

	private final Announcements announcements;

	private final EmbargoSchedule embargoes;

	private final Clock clock;

	PublicationStage(PublicationStore store, Announcements announcements, EmbargoSchedule embargoes, Clock clock) {
		this.store = store;
		this.announcements = announcements;
		this.embargoes = embargoes;
		this.clock = clock;
	}

	@Override
	public String name() {
		return STAGE;
	}

	@Override
	public StageEvent read(ConsumerRecord<String, StageEvent> record) {
		return StageInputs.itemOrWithdrawal(record, ContentEnriched.class, "an enriched item");
	}

	@Override
	public String itemId(StageEvent input) {
		return input.contentId();
	}

	@Override
	public Map<String, Publication> load(Collection<String> itemIds) {
		return this.store.find(itemIds);
	}

	@Override
	public Decision<Publication> decide(Received<StageEvent> received, Publication stored) {
		if (stored != null && received.wrote(stored.writtenAt())) {
			LineageStep again = Announcements.step(stored, outcome(stored),
					"announced again after an interrupted attempt");
			return (stored.announcement() != null) ? Decision.announceAgain(stored, again)
					: Decision.skip(stored, again);
		}
		if (received.value() instanceof ContentWithdrawn withdrawn) {
			return withdraw(withdrawn, received.position(), stored);
		}
		ContentEnriched event = (ContentEnriched) received.value();
		if (stored == null || event.revision() > stored.revision()) {
			return newRevision(event, received.position(), stored);
		}
		if (event.revision() == stored.revision() && !stored.withdrawn()
				&& event.enrichmentVersion() > stored.enrichmentVersion()) {
			return refresh(event, received.position(), stored);
		}
		boolean repeat = event.revision() == stored.revision() && !stored.withdrawn()
				&& event.enrichmentVersion() == stored.enrichmentVersion();
		return skip(event.contentId(), event.revision(), repeat, stored);
	}

	private Decision<Publication> newRevision(ContentEnriched event, String position, Publication stored) {
		Instant now = this.clock.instant();
		Instant embargo = event.item().embargoed();
		Long liveRevision = (stored != null) ? stored.liveRevision() : null;
		if (embargo != null && embargo.isAfter(now)) {
			this.embargoes.expect(embargo);
			Publication held = withItem(stored, event, false, false, liveRevision, null, position);
			return Decision.storeQuietly(held,
					Announcements.step(held, LineageOutcome.EMBARGOED, PublicationDetail.heldUntil(embargo))
						.withEmbargoEnd(embargo));
		}
		WebhookEvent change = (liveRevision == null) ? WebhookEvent.PUBLISHED : WebhookEvent.UPDATED;
		Publication live = withItem(stored, event, true, true, event.revision(), change, position);
		return Decision.store(live, Announcements.step(live, outcome(live), null));
	}

	/**
	 * New metadata of the stored revision. Subscribers hold the live revision, so they
	 * are told ({@code content.updated}, id {@code …:refreshed-v<n>}); an item still
	 * under embargo, or whose stored revision is not the live one yet, takes it quietly.
	 */
	private Decision<Publication> refresh(ContentEnriched event, String position, Publication stored) {
		boolean tell = stored.live() && stored.announced()
				&& Long.valueOf(stored.revision()).equals(stored.liveRevision());
		Publication refreshed = withItem(stored, event, stored.released(), stored.announced(), stored.liveRevision(),
				tell ? WebhookEvent.REFRESHED : null, position);
		LineageStep step = Announcements.step(refreshed, LineageOutcome.UPDATED,
				"metadata refreshed, enrichmentVersion=" + event.enrichmentVersion());
		return tell ? Decision.store(refreshed, step) : Decision.storeQuietly(refreshed, step);
	}

	/**
	 * A withdrawal of the stored revision or a newer one takes the item off every
	 * channel.
	 */
	private Decision<Publication> withdraw(ContentWithdrawn event, String position, Publication stored) {
		boolean takesEffect = stored == null || event.revision() > stored.revision()
				|| (event.revision() == stored.revision() && !stored.withdrawn());
		if (!takesEffect) {
			return skip(event.contentId(), event.revision(), event.revision() == stored.revision(), stored);
		}
		Long liveRevision = (stored != null) ? stored.liveRevision() : null;
		WebhookEvent notice = (liveRevision != null) ? WebhookEvent.WITHDRAWN : null;
		Publication withdrawn = new Publication(event.contentId(), event.revision(),
				(stored != null) ? stored.enrichmentVersion() : 0, true, event.reason(), event.takedown(),
				(stored != null) ? stored.item() : null, (stored != null) ? stored.kind() : event.kind(),
				event.cmsEvent(), (stored != null) ? stored.embargoed() : null, stored != null && stored.released(),
				true, liveRevision, notice, position, (stored != null) ? stored.writes() : 0);
		if (notice == null) {
			return Decision.storeQuietly(withdrawn,
					Announcements.step(withdrawn, LineageOutcome.WITHDRAWN, "never reached a channel"));
		}
		String note = event.takedown()
				? "takedown, no subscriber told" + ((event.reason() != null) ? ": " + event.reason() : "")
				: event.reason();
		return Decision.store(withdrawn, Announcements.step(withdrawn, LineageOutcome.WITHDRAWN, note));
	}

	/**
	 * A repeat of the stored revision is a duplicate, anything older stale.
	 */
	private static Decision<Publication> skip(String contentId, long revision, boolean repeat, Publication stored) {
		String detail = "stored revision " + stored.revision() + (stored.withdrawn() ? " (withdrawn)" : "")
				+ ", enrichmentVersion " + stored.enrichmentVersion();
		LineageStep step = LineageStep
			.of(contentId, revision, STAGE, repeat ? LineageOutcome.DUPLICATE : LineageOutcome.STALE)
			.withDetail(detail)
			.withItem(stored.headline(), stored.cmsTime());
		return Decision.skip(stored, step);
	}

	@Override
	public Collection<String> write(List<Change<Publication>> changes) {
		return this.store.write(changes);
	}

	@Override
	public void beforeEmissions(List<Publication> states) {
		this.announcements.enqueueWebhooks(states);
	}

	@Override
	public List<Emission> emissions(Publication state) {
		return this.announcements.emissions(state);
	}

	private static Publication withItem(Publication stored, ContentEnriched event, boolean released, boolean announced,
			Long liveRevision, WebhookEvent announcement, String position) {
		ContentItem item = Items.asNews(event.item());
		return new Publication(event.contentId(), event.revision(), event.enrichmentVersion(), false, null, false, item,
				item.kind(), event.cmsEvent(), item.embargoed(), released, announced, liveRevision, announcement,
				position, (stored != null) ? stored.writes() : 0);
	}

	private static LineageOutcome outcome(Publication publication) {
		if (publication.withdrawn()) {
			return LineageOutcome.WITHDRAWN;
		}
		if (!publication.released()) {
			return LineageOutcome.EMBARGOED;
		}
		return (publication.announcement() == WebhookEvent.PUBLISHED) ? LineageOutcome.PUBLISHED
				: LineageOutcome.UPDATED;
	}

}
