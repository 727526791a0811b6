package org.newsroom.pipeline.local.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * A record the test sends as the CMS (or as a stage) would, with raw bytes so that it can
 * be broken on purpose.
 *
 * @param key the record key
 * @param headers the headers in order
 * @param value the value bytes
 */
record Outgoing(String key, List<Header> headers, byte[] value) {

	static Header header(String name, String value) {
		return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
	}

	static Outgoing of(String key, List<Header> headers, String value) {
		return new Outgoing(key, headers, value.getBytes(StandardCharsets.UTF_8));
	}

}
