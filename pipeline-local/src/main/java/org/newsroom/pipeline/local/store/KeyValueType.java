package org.newsroom.pipeline.local.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of mongo-java-server's index maps, compared value by value.
 *
 * <p>
 * H2's generic {@link ObjectDataType} compares a key class it does not know, such as
 * {@link KeyValue}, by serializing both keys with Java serialization. Every lookup in a
 * unique index, the {@code _id} index among them, did that about twenty times; it was the
 * largest single cost of the embedded store under load (see docs/performance.md). This
 * type compares the values with H2's own comparison of each value (a string as a string),
 * and stores keys exactly as before.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

	private static final ObjectDataType VALUES = new ObjectDataType();

	static final KeyValueType INSTANCE = new KeyValueType();

	private KeyValueType() {
	}

	/**
	 * Opens an index map with this key type. A map written in another order (by an
	 * earlier version, which compared serialized keys) is sorted again first, so that
	 * lookups find every key.
	 * @param store the store
	 * @param name the map's name
	 * @return the open map
	 */
	static MVMap<KeyValue, Object> open(MVStore store, String name) {
		MVMap<KeyValue, Object> map = store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(INSTANCE));
		if (!inOrder(map)) {
			List<Map.Entry<KeyValue, Object>> entries = new ArrayList<>();
			map.entrySet().forEach((entry) -> entries.add(Map.entry(entry.getKey(), entry.getValue())));
			map.clear();
			entries.forEach((entry) -> map.put(entry.getKey(), entry.getValue()));
		}
		return map;
	}

	private static boolean inOrder(MVMap<KeyValue, Object> map) {
		Iterator<KeyValue> keys = map.keyIterator(null);
		KeyValue previous = null;
		while (keys.hasNext()) {
			KeyValue key = keys.next();
			if (previous != null && INSTANCE.compare(previous, key) >= 0) {
				return false;
			}
			previous = key;
		}
		return true;
	}

	@Override
	public int compare(KeyValue a, KeyValue b) {
		if (a == b) {
			return 0;
		}
		int shared = Math.min(a.size(), b.size());
		for (int i = 0; i < shared; i++) {
			int order = VALUES.compare(a.get(i), b.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	@Override
	public int getMemory(KeyValue key) {
		return VALUES.getMemory(key);
	}

	@Override
	public void write(WriteBuffer buffer, KeyValue key) {
		VALUES.write(buffer, key);
	}

	@Override
	public KeyValue read(ByteBuffer buffer) {
		return (KeyValue) VALUES.read(buffer);
	}

	@Override
	public KeyValue[] createStorage(int size) {
		return new KeyValue[size];
	}

}
