package org.newsroom.pipeline.ingest.sources;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.ingest.IngestProperties;
import org.springframework.stereotype.Component;

/**
 * Bounds CMS records on Kafka by their {@code ce_source} once
 * {@code ingest.kafka.sources} lists one; until then every source may write every content
 * id, as before. The HTTP ingress relays its events to the same topic, so what an HTTP
 * source's token may write, its CloudEvent sources may write on Kafka too.
 */
@Component
public class KafkaSourceBounds {

	private static final Logger log = LoggerFactory.getLogger(KafkaSourceBounds.class);

	private final Map<String, SourceBounds> bySource;

	public KafkaSourceBounds(IngestProperties properties) {
		this.bySource = properties.kafka().bounded() ? bounds(properties) : Map.of();
		if (this.bySource.isEmpty()) {
			log.info("CMS records on Kafka are not bounded by source: ingest.kafka.sources lists none");
		}
		else {
			log.info("CMS records on Kafka are bounded to the sources {}", this.bySource.keySet());
		}
	}

	/**
	 * Why a record may not be written, if it may not.
	 * @param source its {@code ce_source}
	 * @param contentId the item it writes
	 * @return the reason for its dead letter, or empty when it may be written
	 */
	public Optional<String> refusal(String source, String contentId) {
		if (this.bySource.isEmpty()) {
			return Optional.empty();
		}
		SourceBounds bounds = this.bySource.getOrDefault(source, this.bySource.get(SourceBounds.ANY));
		if (bounds == null) {
			return Optional.of("source '" + source + "' may not write on Kafka; ingest.kafka.sources and the HTTP"
					+ " sources allow the sources " + this.bySource.keySet());
		}
		return bounds.refusal(source, contentId).map(SourceBounds.Refusal::reason);
	}

	private static Map<String, SourceBounds> bounds(IngestProperties properties) {
		Map<String, Set<String>> prefixes = new LinkedHashMap<>();
		properties.kafka().sources().forEach((kafka) -> add(prefixes, kafka.source(), kafka.contentIdPrefixes()));
		properties.http()
			.sources()
			.forEach((http) -> http.sources().forEach((source) -> add(prefixes, source, http.contentIdPrefixes())));
		Map<String, SourceBounds> bounds = new LinkedHashMap<>();
		prefixes.forEach((source, allowed) -> bounds.put(source,
				new SourceBounds("source '" + source + "'", List.of(source), List.copyOf(allowed))));
		return Collections.unmodifiableMap(bounds);
	}

	private static void add(Map<String, Set<String>> prefixes, String source, List<String> allowed) {
		prefixes.computeIfAbsent(source, (key) -> new LinkedHashSet<>()).addAll(allowed);
	}

}
