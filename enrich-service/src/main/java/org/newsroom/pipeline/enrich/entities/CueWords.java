package org.newsroom.pipeline.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Arrays;
import java.util.HashSet;
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
	 * Lower-case endings in a trie of their letters from the last, so that matching a
	 * token walks it backwards once and allocates nothing.
	 */
	static final class Endings {

		private final Node root = new Node();

		Endings(Set<String> endings) {
			endings.forEach((ending) -> {
				Node node = this.root;
				for (int i = ending.length() - 1; i >= 0; i--) {
					node = node.child(ending.charAt(i), true);
				}
				node.terminal = true;
			});
		}

		/**
		 * Whether a token ends with one of the endings and is longer than it
		 * ({@code Finanzministerin} ends with {@code ministerin}); case aside.
		 */
		boolean endsOneOf(String token) {
			return match(token, false);
		}

		/** Whether a token ends with one of the endings or is one, case aside. */
		boolean endsOrIsOneOf(String token) {
			return match(token, true);
		}

		private boolean match(String token, boolean whole) {
			Node node = this.root;
			for (int i = token.length() - 1; i >= 0 && node != null; i--) {
				node = node.child(Character.toLowerCase(token.charAt(i)), false);
				if (node != null && node.terminal && (i > 0 || whole)) {
					return true;
				}
			}
			return false;
		}

	}

	private static final class Node {

		private char[] letters = new char[0];

		private Node[] children = new Node[0];

		private boolean terminal;

		Node child(char letter, boolean create) {
			for (int i = 0; i < this.letters.length; i++) {
				if (this.letters[i] == letter) {
					return this.children[i];
				}
			}
			if (!create) {
				return null;
			}
			this.letters = Arrays.copyOf(this.letters, this.letters.length + 1);
			this.children = Arrays.copyOf(this.children, this.children.length + 1);
			this.letters[this.letters.length - 1] = letter;
			this.children[this.children.length - 1] = new Node();
			return this.children[this.children.length - 1];
		}

	}

}
