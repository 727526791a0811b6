package org.newsroom.pipeline.console.deadletter;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;

import org.springframework.kafka.support.KafkaHeaders;

/**
 * Renders keys, values and headers of dead letters for people: text when it is UTF-8,
 * numbers for Spring Kafka's binary headers, hex otherwise.
 */
final class Payloads {

	private static final Set<String> NUMERIC_HEADERS = Set.of(KafkaHeaders.DLT_ORIGINAL_PARTITION,
			KafkaHeaders.DLT_ORIGINAL_OFFSET, KafkaHeaders.DLT_ORIGINAL_TIMESTAMP);

	private Payloads() {
	}

	/**
	 * The first bytes of a payload as text, or as hex when they are not UTF-8.
	 * @param bytes the payload
	 * @param limit the most bytes to show
	 * @return the preview
	 */
	static Preview preview(byte[] bytes, int limit) {
		byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, limit));
		String text = utf8(head, bytes.length > limit);
		boolean truncated = bytes.length > limit;
		return (text != null) ? new Preview(text, true, truncated, bytes.length)
				: new Preview(HexFormat.ofDelimiter(" ").formatHex(head), false, truncated, bytes.length);
	}

	static String header(String name, byte[] value) {
		if (NUMERIC_HEADERS.contains(name)) {
			Long number = number(value);
			if (number != null) {
				return number.toString();
			}
		}
		String text = utf8(value, false);
		return (text != null) ? text : "0x" + HexFormat.of().formatHex(value);
	}

	static Long number(byte[] value) {
		if (value == null) {
			return null;
		}
		if (value.length == Integer.BYTES && !isDigits(value)) {
			return (long) ByteBuffer.wrap(value).getInt();
		}
		if (value.length == Long.BYTES && !isDigits(value)) {
			return ByteBuffer.wrap(value).getLong();
		}
		try {
			return Long.parseLong(new String(value, StandardCharsets.UTF_8).strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static String utf8(byte[] bytes, boolean mayBeCut) {
		// A multi-byte character cut at the preview limit is still text: drop up to three
		// trailing bytes before giving up.
		int tries = mayBeCut ? Math.min(4, bytes.length) : 1;
		for (int cut = 0; cut < tries; cut++) {
			String text = decode(bytes, bytes.length - cut);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

	private static String decode(byte[] bytes, int length) {
		try {
			CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, 0, length));
			return chars.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	private static boolean isDigits(byte[] value) {
		for (byte b : value) {
			if (b < '0' || b > '9') {
				return false;
			}
		}
		return true;
	}

	/**
	 * A readable start of a payload.
	 *
	 * @param content text or hex
	 * @param text whether the payload is UTF-8 text
	 * @param truncated whether only its start is shown
	 * @param size its size in bytes
	 */
	record Preview(String content, boolean text, boolean truncated, int size) {
	}

}
