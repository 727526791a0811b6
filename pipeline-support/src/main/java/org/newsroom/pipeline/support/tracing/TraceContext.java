package org.newsroom.pipeline.support.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.slf4j.MDC;

import org.newsroom.pipeline.contract.cloudevents.CloudEventHeaders;

/**
 * The W3C trace a record travels under, carried in the {@code ce_traceparent} header from
 * the CMS to the last channel, and put in the log context with the content id and the
 * stage, so every log line of one item can be found together.
 */
public final class TraceContext {

	/** Log context key of the trace id. */
	public static final String TRACE_ID = "traceId";

	/** Log context key of the item. */
	public static final String CONTENT_ID = "contentId";

	/** Log context key of the stage. */
	public static final String STAGE = "stage";

	private TraceContext() {
	}

	/**
	 * Opens the log context for a record: its trace (or a new one), its key and the
	 * stage.
	 * @param headers the record headers
	 * @param contentId the record key
	 * @param stage the stage handling it
	 */
	public static void open(Headers headers, String contentId, String stage) {
		Header header = (headers != null) ? headers.lastHeader(CloudEventHeaders.TRACEPARENT) : null;
		open((header != null) ? new String(header.value(), StandardCharsets.UTF_8) : null, contentId, stage);
	}

	/**
	 * Opens the log context for an event whose trace parent is already known.
	 * @param traceparent the W3C trace parent, or {@code null} to start a new trace
	 * @param contentId the item
	 * @param stage the stage handling it
	 */
	public static void open(String traceparent, String contentId, String stage) {
		if (traceparent == null || traceparent.isBlank()) {
			traceparent = newTraceparent();
		}
		MDC.put(TRACE_ID, traceId(traceparent));
		MDC.put("traceparent", traceparent);
		if (contentId != null) {
			MDC.put(CONTENT_ID, contentId);
		}
		MDC.put(STAGE, stage);
	}

	/**
	 * Closes the log context of the current record.
	 */
	public static void close() {
		MDC.remove(TRACE_ID);
		MDC.remove("traceparent");
		MDC.remove(CONTENT_ID);
		MDC.remove(STAGE);
	}

	/**
	 * The trace parent of the current record, or a new one outside any record.
	 * @return a W3C {@code traceparent} value
	 */
	public static String currentTraceparent() {
		String current = MDC.get("traceparent");
		return (current != null) ? current : newTraceparent();
	}

	/**
	 * The trace id of the current record, or {@code null}.
	 * @return the 32-hex-digit trace id
	 */
	public static String currentTraceId() {
		return MDC.get(TRACE_ID);
	}

	static String newTraceparent() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		byte[] trace = new byte[16];
		byte[] span = new byte[8];
		random.nextBytes(trace);
		random.nextBytes(span);
		return "00-" + HexFormat.of().formatHex(trace) + "-" + HexFormat.of().formatHex(span) + "-01";
	}

	static String traceId(String traceparent) {
		String[] parts = traceparent.split("-");
		return (parts.length >= 2 && parts[1].length() == 32) ? parts[1] : traceparent;
	}

}
