package org.newsroom.pipeline.support.kafka;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.util.unit.DataSize;

/**
 * The largest record a CMS body can become on its way through the stages, and the check
 * that the Kafka record limit holds it, so that every event ingest accepts fits every
 * later stage.
 */
public final class RecordSizes {

	/**
	 * Record bytes per body byte at worst. The enriched and published events carry the
	 * body twice: as sanitized HTML, where jsoup writes a bare {@code &} as {@code &amp;}
	 * and a quote inside an attribute as {@code &quot;} (up to 5 and 6 bytes per body
	 * byte), and as plain text (1 byte, 2 where JSON escapes a quote). No body reaches
	 * more than 6 in total; prose HTML stays near 2.
	 */
	public static final int BODY_FACTOR = 6;

	/**
	 * Room for everything the schema bounds besides the body (headline, description,
	 * authors, tags, speakers, links), the enrichment metadata, CloudEvents and
	 * dead-letter headers: less than a quarter of it is used at worst.
	 */
	public static final long RESERVE_BYTES = DataSize.ofMegabytes(1).toBytes();

	static final String PROPERTY = "pipeline.kafka.max-message-bytes";

	private RecordSizes() {
	}

	/**
	 * The largest record a body of the given size can become.
	 * @param maxBodyBytes the largest body ingest accepts, in UTF-8 bytes
	 * @return the record size in bytes
	 */
	public static long largestRecord(long maxBodyBytes) {
		return maxBodyBytes * BODY_FACTOR + RESERVE_BYTES;
	}

	/**
	 * Refuses a Kafka record limit that the largest accepted body would not fit.
	 * @param maxBodyBytes the largest body ingest accepts, in UTF-8 bytes
	 * @param maxMessageBytes the record limit of the pipeline's topics and clients
	 * @throws InvalidConfigurationPropertyValueException if the limit is too small
	 */
	public static void check(long maxBodyBytes, int maxMessageBytes) {
		long needed = largestRecord(maxBodyBytes);
		if (maxMessageBytes < needed) {
			throw new InvalidConfigurationPropertyValueException(PROPERTY, maxMessageBytes,
					"a body of " + maxBodyBytes + " bytes (ingest.max-body-size) can become a record of " + needed
							+ " bytes (" + BODY_FACTOR + " x body + " + RESERVE_BYTES + "), which the broker would"
							+ " refuse; raise " + PROPERTY + " to at least " + needed + " (and the broker's"
							+ " message.max.bytes with it) or lower ingest.max-body-size");
		}
	}

}
