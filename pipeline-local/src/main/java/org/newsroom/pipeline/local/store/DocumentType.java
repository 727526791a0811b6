package org.newsroom.pipeline.local.store;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The value type of the embedded store's collection maps: each document stored as BSON,
 * the format it came over the wire in.
 *
 * <p>
 * H2's generic {@link ObjectDataType} stores a document with Java serialization, which
 * was a third of the embedded store's CPU under load (see docs/performance.md). A BSON
 * value starts with a tag {@link ObjectDataType} never writes, so documents an earlier
 * version stored are still read, and a document BSON cannot hold is still stored the old
 * way.
 */
final class DocumentType extends BasicDataType<Document> {

	/** Above every type tag of {@link ObjectDataType}, which end below 128. */
	private static final byte BSON = (byte) 0xFF;

	private static final ObjectDataType OLD = new ObjectDataType();

	static final DocumentType INSTANCE = new DocumentType();

	private DocumentType() {
	}

	@Override
	public int getMemory(Document document) {
		return 32 + estimate(document);
	}

	@Override
	public void write(WriteBuffer buffer, Document document) {
		ByteBuf bson = Unpooled.buffer();
		try {
			BsonEncoder.encodeDocument(document, bson);
		}
		catch (RuntimeException ex) {
			bson.release();
			OLD.write(buffer, document);
			return;
		}
		try {
			int length = bson.readableBytes();
			buffer.put(BSON).putVarInt(length);
			byte[] bytes = new byte[length];
			bson.readBytes(bytes);
			buffer.put(bytes);
		}
		finally {
			bson.release();
		}
	}

	@Override
	public Document read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != BSON) {
			return (Document) OLD.read(buffer);
		}
		buffer.get();
		int length = DataUtils.readVarInt(buffer);
		ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice().limit(length));
		buffer.position(buffer.position() + length);
		return BsonDecoder.decodeBson(bson);
	}

	@Override
	public Document[] createStorage(int size) {
		return new Document[size];
	}

	/** About the bytes a value takes on the heap, for the page cache's accounting. */
	private static int estimate(Object value) {
		if (value instanceof String text) {
			return 40 + 2 * text.length();
		}
		if (value instanceof Map<?, ?> map) {
			int size = 48;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				size += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
			}
			return size;
		}
		if (value instanceof Collection<?> values) {
			int size = 40;
			for (Object element : values) {
				size += 8 + estimate(element);
			}
			return size;
		}
		if (value instanceof byte[] bytes) {
			return 16 + bytes.length;
		}
		return 24;
	}

}
