package org.newsroom.pipeline.enrich.keywords;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Document frequencies kept in memory, for tests and the embedded profile.
 */
public final class InMemoryDocumentFrequencies implements DocumentFrequencies {

	private final AtomicLong documents = new AtomicLong();

	private final Map<String, Long> frequencies = new ConcurrentHashMap<>();

	@Override
	public long documents() {
		return this.documents.get();
	}

	@Override
	public Map<String, Long> frequencies(Collection<String> stems) {
		Map<String, Long> result = new HashMap<>();
		for (String stem : stems) {
			Long frequency = this.frequencies.get(stem);
			if (frequency != null) {
				result.put(stem, frequency);
			}
		}
		return result;
	}

	@Override
	public void add(Set<String> stems) {
		stems.forEach((stem) -> this.frequencies.merge(stem, 1L, Long::sum));
		this.documents.incrementAndGet();
	}

}
