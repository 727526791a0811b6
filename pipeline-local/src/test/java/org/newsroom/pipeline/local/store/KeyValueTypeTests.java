package org.newsroom.pipeline.local.store;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KeyValueTypeTests {

	@TempDir
	Path dir;

	@Test
	void ordersKeysByTheirValuesWithoutSerializingThem() {
		assertThat(KeyValueType.INSTANCE.compare(new KeyValue("art-2"), new KeyValue("art-10"))).isPositive();
		assertThat(KeyValueType.INSTANCE.compare(new KeyValue("a", 1), new KeyValue("a", 1))).isZero();
		assertThat(KeyValueType.INSTANCE.compare(new KeyValue("a"), new KeyValue("a", 1))).isNegative();
		assertThat(KeyValueType.INSTANCE.compare(new KeyValue("a", 2), new KeyValue("a", 1))).isPositive();
	}

	@Test
	void findsEveryKeyOfAnIndexThatAnEarlierVersionSortedBySerializedKeys() {
		String file = this.dir.resolve("index.mv").toString();
		List<KeyValue> keys = IntStream.range(0, 500).mapToObj((i) -> new KeyValue("item-" + i)).toList();
		MVStore written = MVStore.open(file);
		MVMap<KeyValue, Object> old = written.openMap("db.items._index__id_");
		keys.forEach((key) -> old.put(key, key.get(0)));
		written.close();

		MVStore store = MVStore.open(file);
		MVMap<KeyValue, Object> index = KeyValueType.open(store, "db.items._index__id_");

		assertThat(keys).allSatisfy((key) -> assertThat(index.get(key)).isEqualTo(key.get(0)));
		assertThat(index.get(new KeyValue("item-500"))).isNull();
		assertThat(index.sizeAsLong()).isEqualTo(500);
		store.close();
	}

}
