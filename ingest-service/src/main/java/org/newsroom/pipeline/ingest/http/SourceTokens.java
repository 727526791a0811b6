package org.newsroom.pipeline.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.newsroom.pipeline.ingest.IngestProperties;
import org.springframework.stereotype.Component;

/**
 * Recognises a CMS source by its bearer token, in constant time per source.
 */
@Component
class SourceTokens {

	private static final Logger log = LoggerFactory.getLogger(SourceTokens.class);

	private static final String BEARER = "Bearer ";

	private final IngestProperties properties;

	SourceTokens(IngestProperties properties) {
		this.properties = properties;
		properties.http()
			.sources()
			.stream()
			.filter((source) -> source.sources().isEmpty() || source.contentIdPrefixes().isEmpty())
			.forEach((source) -> log.warn(
					"HTTP source {} lists no sources or no content-id-prefixes: every event" + " it posts is refused",
					source.name()));
	}

	/**
	 * The source an {@code Authorization} header belongs to.
	 * @param authorization the header value, or {@code null}
	 * @return the source, or empty when the token is missing or unknown
	 */
	Optional<IngestProperties.Source> source(String authorization) {
		if (authorization == null || !authorization.startsWith(BEARER)) {
			return Optional.empty();
		}
		byte[] presented = authorization.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
		return this.properties.http()
			.sources()
			.stream()
			.filter((source) -> source.token() != null && !source.token().isEmpty())
			.filter((source) -> MessageDigest.isEqual(presented, source.token().getBytes(StandardCharsets.UTF_8)))
			.findFirst();
	}

}
