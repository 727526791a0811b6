package org.newsroom.pipeline.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A closed-class word list of {@code kind<TAB>word} lines, such as
 * {@code enrich/people/roles.txt}: the words of each kind.
 */
final class CueWords {

	private final Map<String, Set<String>> byKind;

	private CueWords(Map<String, Set<String>> byKind) {
		this.byKind = byKind;
	}

	static CueWords load(String resource) {
		Map<String, Set<String>> byKind = new HashMap<>();
		lines(resource, (line) -> {
			String[] columns = line.split("\t");
			if (columns.length != 2) {
				throw new IllegalArgumentException(resource + " needs kind and word: " + line);
			}
			byKind.computeIfAbsent(columns[0], (k) -> new HashSet<>()).add(columns[1].strip());
		});
		Map<String, Set<String>> frozen = new HashMap<>();
		byKind.forEach((kind, words) -> frozen.put(kind, Set.copyOf(words)));
		return new CueWords(Map.copyOf(frozen));
	}

	/**
	 * The lines of a word-list resource, less blank lines and {@code #} comments.
	 * @param resource the resource on the class path
	 * @param consumer receives each line
	 */
	static void lines(String resource, Consumer<String> consumer) {
		try (InputStream in = CueWords.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " not on the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					consumer.accept(line);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Set<String> of(String kind) {
		return this.byKind.getOrDefault(kind, Set.of());
	}

	/**
	 * The words of a kind as endings of longer tokens.
	 * @param kind such as {@code suffix}
	 * @return the endings
	 */
	Endings endings(String kind) {
		return new Endings(of(kind));
	}

	/**
	 * Lower-case endings, looked up by length so that a token costs one set lookup per
	 * length rather than one comparison per ending.
	 */
	static final class Endings {

		private final Set<String> endings;

		private final int[] lengths;

		Endings(Set<String> endings) {
			this.endings = endings;
			this.lengths = endings.stream().mapToInt(String::length).distinct().sorted().toArray();
		}

		/**
		 * Whether a token ends with one of the endings and is longer than it
		 * ({@code Finanzministerin} ends with {@code ministerin}).
		 */
		boolean endsOneOf(String token) {
			for (int length : this.lengths) {
				if (length >= token.length()) {
					return false;
				}
				String tail = token.substring(token.length() - length);
				if (this.endings.contains(tail) || (Character.isUpperCase(tail.charAt(0))
						&& this.endings.contains(tail.toLowerCase(Locale.ROOT)))) {
					return true;
				}
			}
			return false;
		}

	}

}
