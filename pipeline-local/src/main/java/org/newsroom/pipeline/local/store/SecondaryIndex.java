package org.newsroom.pipeline.local.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index, which mongo-java-server creates as an empty placeholder: here it is
 * kept in memory, rebuilt from the collection when the store opens, and answers filters
 * that pin the index's first field to a value, or to one of the values of {@code $in}: at
 * the top level, in a clause of {@code $and}, or in every clause of {@code $or}.
 *
 * <p>
 * It finds the documents that may match; the collection matches the whole filter against
 * them. Values are compared as the store compares them (numbers by value, so {@code 1}
 * finds {@code 1.0}), and an array field is found by each of its elements.
 */
final class SecondaryIndex extends Index<Object> {

	private static final String IN = "$in";

	private static final String AND = "$and";

	private static final String OR = "$or";

	private final String field;

	/** Reads the first field's values of a document as the store normalises them. */
	private final Index<Object> fieldValues;

	/** Reads a document's {@code _id} the same way, to find its entry on removal. */
	private final Index<Object> idValues;

	private final Map<KeyValue, Set<Object>> positionsByValue = new ConcurrentHashMap<>();

	private final Map<KeyValue, Entry> entriesById = new ConcurrentHashMap<>();

	SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.field = keys.get(0).getKey();
		this.fieldValues = new EmptyIndex<>(name, List.of(keys.get(0)));
		this.idValues = new EmptyIndex<>(name, List.of(new IndexKey("_id", true)));
	}

	/**
	 * The documents that may match a filter, if this index narrows it down.
	 * @param query the filter
	 * @return their positions, or {@code null} when the filter does not pin the first
	 * field to plain values
	 */
	List<Object> candidates(Document query) {
		Collection<Object> values = pinnedValues(query);
		if (values == null) {
			return null;
		}
		Set<Object> positions = new LinkedHashSet<>();
		for (Object value : values) {
			for (KeyValue key : this.fieldValues.getKeyValues(new Document(this.field, value))) {
				positions.addAll(this.positionsByValue.getOrDefault(key, Set.of()));
			}
		}
		return new ArrayList<>(positions);
	}

	private Collection<Object> pinnedValues(Document query) {
		Object condition = query.get(this.field);
		if (condition != null) {
			if (isPlain(condition)) {
				return List.of(condition);
			}
			if (condition instanceof Document operator && operator.size() == 1
					&& operator.get(IN) instanceof Collection<?> values && values.stream().allMatch(this::isPlain)) {
				return new ArrayList<>(values);
			}
		}
		if (query.get(AND) instanceof Collection<?> clauses) {
			for (Object clause : clauses) {
				Collection<Object> values = (clause instanceof Document document) ? pinnedValues(document) : null;
				if (values != null) {
					return values;
				}
			}
		}
		if (query.get(OR) instanceof Collection<?> clauses && !clauses.isEmpty()) {
			List<Object> union = new ArrayList<>();
			for (Object clause : clauses) {
				Collection<Object> values = (clause instanceof Document document) ? pinnedValues(document) : null;
				if (values == null) {
					return null;
				}
				union.addAll(values);
			}
			return union;
		}
		return null;
	}

	/**
	 * A value an equality filter compares as it is: not {@code null} (which also finds
	 * documents without the field), an operator, an embedded document or array, or a
	 * pattern.
	 */
	private boolean isPlain(Object value) {
		return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
				&& !(value instanceof Pattern) && !(value instanceof Object[]);
	}

	@Override
	public void add(Document document, Object position, MongoCollection<Object> collection) {
		Set<KeyValue> values = this.fieldValues.getKeyValues(document);
		this.entriesById.put(id(document), new Entry(position, values));
		for (KeyValue value : values) {
			this.positionsByValue.compute(value, (key, positions) -> {
				Set<Object> set = (positions != null) ? positions : ConcurrentHashMap.newKeySet();
				set.add(position);
				return set;
			});
		}
	}

	@Override
	public Object remove(Document document) {
		Entry entry = this.entriesById.remove(id(document));
		if (entry == null) {
			return null;
		}
		for (KeyValue value : entry.values()) {
			this.positionsByValue.computeIfPresent(value, (key, positions) -> {
				positions.remove(entry.position());
				return positions.isEmpty() ? null : positions;
			});
		}
		return entry.position();
	}

	@Override
	public void updateInPlace(Document oldDocument, Document newDocument, Object position,
			MongoCollection<Object> collection) {
		remove(oldDocument);
		add(newDocument, position, collection);
	}

	@Override
	public Object getPosition(Document document) {
		Entry entry = this.entriesById.get(id(document));
		return (entry != null) ? entry.position() : null;
	}

	/**
	 * Never chosen by the collection's own planner, which takes the first index that can
	 * answer; {@code IdIndexedH2Backend} asks {@link #candidates} and takes the
	 * narrowest.
	 */
	@Override
	public boolean canHandle(Document query) {
		return false;
	}

	@Override
	public Iterable<Object> getPositions(Document query) {
		List<Object> candidates = candidates(query);
		return (candidates != null) ? candidates : List.of();
	}

	@Override
	public void checkAdd(Document document, MongoCollection<Object> collection) {
		// not unique: every document may be added
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
		// not unique: every change may be made
	}

	@Override
	public long getCount() {
		return this.entriesById.size();
	}

	@Override
	public long getDataSize() {
		return 0;
	}

	@Override
	public void drop() {
		this.entriesById.clear();
		this.positionsByValue.clear();
	}

	private KeyValue id(Document document) {
		return this.idValues.getKeyValues(document).iterator().next();
	}

	private record Entry(Object position, Set<KeyValue> values) {
	}

}
