package org.newsroom.pipeline.publish.publication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.bson.conversions.Bson;

import org.newsroom.pipeline.contract.events.ContentItem;
import org.springframework.stereotype.Component;

/**
 * What the channels may show, read from the publication state: only live items (usable,
 * not withdrawn, embargo over), newest first.
 */
@Component
public class PublishedItems {

	private static final Bson NEWEST_FIRST = Sorts.orderBy(Sorts.descending("versioncreated"), Sorts.descending("_id"));

	private final MongoCollection<Document> publications;

	// The read side of the publication state: its own handle on the collection the
	// stage writes, with no access to the writes.
	PublishedItems(MongoDatabase database) {
		this.publications = database.getCollection(PublicationStore.COLLECTION);
	}

	/**
	 * The newest live items of a feed.
	 * @param filter which items
	 * @param limit at most this many
	 * @return the items, newest first
	 */
	public List<PublishedItem> live(ItemFilter filter, int limit) {
		List<Bson> conditions = new ArrayList<>(List.of(Filters.eq("live", true)));
		filter.addTo(conditions);
		List<PublishedItem> items = new ArrayList<>();
		this.publications.find(Filters.and(conditions))
			.sort(NEWEST_FIRST)
			.limit(limit)
			.forEach((document) -> items.add(published(document)));
		return items;
	}

	/**
	 * When what a feed shows last changed: an item went live, was refreshed, or left it
	 * (a kill, a takedown, a new embargo). Items that left count too, so the feed's
	 * validators move although its newest item may be older.
	 * @param filter which items the feed holds
	 * @return the time, or {@code null} if nothing ever matched
	 */
	public Instant lastChange(ItemFilter filter) {
		List<Bson> conditions = new ArrayList<>();
		filter.addTo(conditions);
		Document newest = this.publications.find(conditions.isEmpty() ? new Document() : Filters.and(conditions))
			.sort(Sorts.descending(PublicationDocuments.CHANGED_AT))
			.projection(new Document(PublicationDocuments.CHANGED_AT, 1))
			.limit(1)
			.first();
		Date changed = (newest != null) ? newest.getDate(PublicationDocuments.CHANGED_AT) : null;
		return (changed != null) ? changed.toInstant() : null;
	}

	/**
	 * One item in whatever state it is; a taken-down item is not known here any more, so
	 * the content API cannot tell that it ever existed.
	 * @param contentId the item
	 * @return its state, empty if it was never seen or was taken down
	 */
	public Optional<ItemState> find(String contentId) {
		return Optional.ofNullable(this.publications.find(Filters.eq("_id", contentId)).first())
			.map(PublicationDocuments::publication)
			.filter((publication) -> !publication.takedown())
			.map((publication) -> new ItemState(publication.servedItem(), publication.live(), publication.withdrawn()));
	}

	private static PublishedItem published(Document document) {
		Publication publication = PublicationDocuments.publication(document);
		Date sortTime = document.getDate("versioncreated");
		return new PublishedItem(publication.servedItem(), (sortTime != null) ? sortTime.toInstant() : Instant.EPOCH);
	}

	/**
	 * Which live items a channel shows.
	 *
	 * @param section only this section, or {@code null}
	 * @param kind only this kind ({@code article}, {@code episode}), or {@code null}
	 * @param showId only episodes of this show, or {@code null}
	 * @param since only items of this time or newer, or {@code null}
	 * @param before only items before this position, or {@code null}
	 */
	public record ItemFilter(String section, String kind, String showId, Instant since, Position before) {

		/** Every live item. */
		public static final ItemFilter ALL = new ItemFilter(null, null, null, null, null);

		void addTo(List<Bson> conditions) {
			addEq(conditions, "section", this.section);
			addEq(conditions, "kind", this.kind);
			addEq(conditions, "showId", this.showId);
			if (this.since != null) {
				conditions.add(Filters.gte("versioncreated", Date.from(this.since)));
			}
			if (this.before != null) {
				Date time = Date.from(this.before.time());
				conditions.add(Filters.or(Filters.lt("versioncreated", time),
						Filters.and(Filters.eq("versioncreated", time), Filters.lt("_id", this.before.contentId()))));
			}
		}

		private static void addEq(List<Bson> conditions, String field, String value) {
			if (value != null) {
				conditions.add(Filters.eq(field, value));
			}
		}

	}

	/**
	 * A place in the newest-first order, for paging.
	 *
	 * @param time the item's revision time
	 * @param contentId the item, breaking ties
	 */
	public record Position(Instant time, String contentId) {
	}

	/**
	 * A live item with its place in the order.
	 *
	 * @param item the item as served
	 * @param time its revision time as ordered
	 */
	public record PublishedItem(ContentItem item, Instant time) {

		/**
		 * Its place, for a cursor.
		 * @return the position
		 */
		public Position position() {
			return new Position(this.time, this.item.contentId());
		}

	}

	/**
	 * An item in any state, for the content API.
	 *
	 * @param item the item as served, {@code null} for a withdrawal of an unknown item
	 * @param live whether channels show it
	 * @param withdrawn whether it was withdrawn
	 */
	public record ItemState(ContentItem item, boolean live, boolean withdrawn) {
	}

}
