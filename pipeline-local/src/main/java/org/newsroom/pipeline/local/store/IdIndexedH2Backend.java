package org.newsroom.pipeline.local.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStore.TxCounter;

/**
 * The H2 file backend of mongo-java-server, with MongoDB's use of the {@code _id} index
 * for filters that pin {@code _id} and add further conditions.
 *
 * <p>
 * Every stage guards its writes with a filter such as {@code {_id: x, revision: {$lt:
 * n}}}. MongoDB answers it from the {@code _id} index; mongo-java-server uses an index
 * only when the filter names exactly the index's fields, so it matched each guarded write
 * against the whole collection and the embedded stack slowed down as it filled (see
 * docs/performance.md). Here such a filter first looks up the documents with that
 * {@code _id}, then matches the whole filter against them only.
 *
 * <p>
 * It also stores documents as BSON ({@link DocumentType}) and compares index keys value
 * by value ({@link KeyValueType}) instead of with Java serialization.
 *
 * <p>
 * Every query holds on to the store's version while it reads: MVStore's background writer
 * may otherwise free a chunk that a query's cursor is about to read, and the query fails
 * with "Chunk … not found" (h2database issue 4383, open in 2.4.240) while the stages
 * write.
 *
 * <p>
 * And every query answers with copies of the stored documents. The page cache holds the
 * very objects a query finds, and mongo-java-server applies an update by changing the
 * found object in place; the server sends a query's answer after it let go of the
 * collection, so an update meanwhile made the answer half old and half new, or broke the
 * connection while it was being written. With copies, an update changes its own copy and
 * stores it, and the cached object a reader holds never changes.
 */
final class IdIndexedH2Backend extends H2Backend {

	private static final String ID = "_id";

	private static final String AND = "$and";

	/**
	 * The MVStore's page cache holds pages with their documents already deserialized;
	 * H2's default of 16 MB made every query that no index answers (the publish stage's
	 * sweeps) deserialize the whole collection again.
	 */
	private static final int CACHE_MB = 256;

	IdIndexedH2Backend(String fileName) {
		super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new IndexedDatabase(databaseName, getMvStore(), getCursorRegistry());
	}

	/**
	 * Opens collections under the same map names as {@link H2Database}. An inner class:
	 * the superclass opens collections from its constructor, before a field of its own
	 * would be set.
	 */
	private final class IndexedDatabase extends H2Database {

		IndexedDatabase(String databaseName, MVStore store, CursorRegistry cursors) {
			super(databaseName, store, cursors);
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String namespace = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> data = getMvStore().openMap("databases." + namespace,
					new MVMap.Builder<Object, Document>().valueType(DocumentType.INSTANCE));
			MVMap<String, Object> meta = getMvStore().openMap("meta." + namespace);
			return new IndexedCollection(this, collectionName, options, data, meta, this.cursorRegistry);
		}

		/**
		 * Opens the index's map with {@link KeyValueType} before {@link H2Database} asks
		 * the store for it under the same name, so that the index compares its keys
		 * without serializing them.
		 */
		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			KeyValueType.open(getMvStore(), getFullCollectionNamespace(collectionName) + "._index_" + indexName);
			return super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
		}

	}

	private static final class IndexedCollection extends H2Collection {

		private final MVStore store;

		IndexedCollection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
				MVMap<String, Object> meta, CursorRegistry cursors) {
			super(database, name, options, data, meta, cursors);
			this.store = data.getStore();
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document projection) {
			TxCounter version = this.store.registerVersionUsage();
			try {
				return query(query, orderBy, skip, limit, batchSize, projection);
			}
			finally {
				this.store.deregisterVersionUsage(version);
			}
		}

		private QueryResult query(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document projection) {
			Object id = pinnedId(query);
			if (id != null) {
				Document byId = new Document(ID, id);
				for (Index<Object> index : getIndexes()) {
					if (index.canHandle(byId)) {
						return matchDocuments(query, index.getPositions(byId), orderBy, skip, limit, batchSize,
								projection);
					}
				}
			}
			return super.queryDocuments(query, orderBy, skip, limit, batchSize, projection);
		}

		/**
		 * Answers with copies, for updates too: they find their documents with a query
		 * and change what it returns.
		 */
		@Override
		protected QueryResult createQueryResult(List<Document> matched, int batchSize) {
			List<Document> copies = new ArrayList<>(matched.size());
			for (Document document : matched) {
				copies.add(document.cloneDeeply());
			}
			return super.createQueryResult(copies, batchSize);
		}

		/**
		 * The {@code _id} condition every match must meet: one at the top level, or in a
		 * clause of {@code $and}, which is how the Java driver renders
		 * {@code Filters.and}.
		 */
		private static Object pinnedId(Document query) {
			Object id = query.get(ID);
			if (id == null && query.get(AND) instanceof Collection<?> clauses) {
				for (Object clause : clauses) {
					id = (clause instanceof Document condition) ? pinnedId(condition) : null;
					if (id != null) {
						return id;
					}
				}
			}
			return id;
		}

	}

}
