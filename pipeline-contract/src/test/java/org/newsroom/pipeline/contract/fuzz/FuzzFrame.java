package org.newsroom.pipeline.contract.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits a fuzzer input into headers and a body the way an HTTP message reads:
 * {@code name: value} lines, an empty line, then the body. A readable frame keeps the
 * seed corpus writable by hand while the fuzzer still mutates plain bytes.
 *
 * @param headers header name to raw value bytes, last value per name
 * @param body everything after the first empty line; empty when there is none
 */
record FuzzFrame(Map<String, byte[]> headers, byte[] body) {

	static FuzzFrame parse(byte[] input) {
		int split = indexOf(input, new byte[] { '\n', '\n' });
		byte[] head = (split < 0) ? input : Arrays.copyOfRange(input, 0, split);
		byte[] body = (split < 0) ? new byte[0] : Arrays.copyOfRange(input, split + 2, input.length);
		Map<String, byte[]> headers = new LinkedHashMap<>();
		int start = 0;
		while (start <= head.length) {
			int end = indexOf(head, start, (byte) '\n');
			addHeader(headers, Arrays.copyOfRange(head, start, end));
			start = end + 1;
		}
		return new FuzzFrame(headers, body);
	}

	/**
	 * The headers as text, the way an HTTP server hands them to the application.
	 * @return header name to value, invalid UTF-8 replaced
	 */
	Map<String, String> textHeaders() {
		Map<String, String> text = new LinkedHashMap<>();
		this.headers.forEach((name, value) -> text.put(name, new String(value, StandardCharsets.UTF_8)));
		return text;
	}

	private static void addHeader(Map<String, byte[]> headers, byte[] line) {
		int colon = indexOf(line, 0, (byte) ':');
		if (colon >= line.length) {
			return;
		}
		int valueStart = (colon + 1 < line.length && line[colon + 1] == ' ') ? colon + 2 : colon + 1;
		String name = new String(line, 0, colon, StandardCharsets.UTF_8);
		headers.put(name, Arrays.copyOfRange(line, valueStart, line.length));
	}

	private static int indexOf(byte[] bytes, int from, byte wanted) {
		for (int i = from; i < bytes.length; i++) {
			if (bytes[i] == wanted) {
				return i;
			}
		}
		return bytes.length;
	}

	private static int indexOf(byte[] bytes, byte[] wanted) {
		for (int i = 0; i + wanted.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
				return i;
			}
		}
		return -1;
	}

}
