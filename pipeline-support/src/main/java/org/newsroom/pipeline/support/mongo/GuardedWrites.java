package org.newsroom.pipeline.support.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Writes the states a stage decided in one unordered bulk write, each conditional on the
 * number of writes the state was decided against (compare and set). A write that finds
 * another count, because another instance wrote the item meanwhile, changes nothing and
 * is reported, so the stage decides again on fresh state.
 */
public final class GuardedWrites {

	/** The field that counts the writes of a document. */
	public static final String WRITES = "writes";

	private GuardedWrites() {
	}

	/**
	 * Writes the states.
	 * @param collection the collection, one document per item
	 * @param writes the writes
	 * @return the ids whose document had changed underneath
	 */
	public static Collection<String> apply(MongoCollection<Document> collection, List<Write> writes) {
		if (writes.isEmpty()) {
			return List.of();
		}
		List<WriteModel<Document>> models = new ArrayList<>(writes.size());
		for (Write write : writes) {
			Bson expected = (write.writesBefore() == 0) ? Filters.exists(WRITES, false)
					: Filters.eq(WRITES, write.writesBefore());
			models.add(new UpdateOneModel<>(Filters.and(Filters.eq("_id", write.id()), expected),
					Updates.combine(write.update(), Updates.set(WRITES, write.writesBefore() + 1)),
					new UpdateOptions().upsert(true)));
		}
		try {
			collection.bulkWrite(models, new BulkWriteOptions().ordered(false));
			return List.of();
		}
		catch (MongoBulkWriteException ex) {
			List<String> lost = new ArrayList<>();
			for (BulkWriteError error : ex.getWriteErrors()) {
				if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
					throw ex;
				}
				lost.add(writes.get(error.getIndex()).id());
			}
			return lost;
		}
	}

	/**
	 * One conditional write.
	 *
	 * @param id the document id
	 * @param writesBefore the write count of the state it was decided against, 0 for a
	 * new document
	 * @param update the fields to set
	 */
	public record Write(String id, long writesBefore, Bson update) {
	}

}
