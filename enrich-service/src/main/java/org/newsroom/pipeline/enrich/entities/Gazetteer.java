package org.newsroom.pipeline.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Known people, organisations and places with their aliases, loaded from
 * {@code enrich/gazetteer.tsv} and an optional operator file of the same format (see the
 * header of that file). Matching is case-sensitive on token sequences; German genitive
 * forms ({@code Russlands}, {@code Trumps}) are added for every alias.
 */
final class Gazetteer {

	static final String RESOURCE = "enrich/gazetteer.tsv";

	private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

	private Gazetteer() {
	}

	static Gazetteer load(Path extraFile) {
		Gazetteer gazetteer = new Gazetteer();
		try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " not on the classpath");
			}
			gazetteer.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
			if (extraFile != null) {
				try (BufferedReader reader = Files.newBufferedReader(extraFile, StandardCharsets.UTF_8)) {
					gazetteer.read(reader);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		gazetteer.byFirstToken.values()
			.forEach((l) -> l.sort(Comparator.comparingInt((Entry e) -> -e.tokens().size())));
		return gazetteer;
	}

	private void read(BufferedReader reader) throws IOException {
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			if (columns.length < 2) {
				throw new IllegalArgumentException("gazetteer line needs type and name: " + line);
			}
			EntityType type = EntityType.parse(columns[0]);
			String canonical = columns[1].strip();
			add(type, canonical, canonical);
			if (columns.length > 2) {
				for (String alias : columns[2].split("\\|")) {
					if (!alias.isBlank()) {
						add(type, canonical, alias.strip());
					}
				}
			}
		}
	}

	private void add(EntityType type, String canonical, String alias) {
		List<String> tokens = Tokenizers.simple(alias).stream().map(Token::text).toList();
		if (tokens.isEmpty()) {
			return;
		}
		put(new Entry(type, canonical, tokens));
		String last = tokens.get(tokens.size() - 1);
		if (!last.matches(".*[sxzßSXZ]$") && Character.isLetter(last.charAt(last.length() - 1))) {
			List<String> genitive = new ArrayList<>(tokens);
			genitive.set(genitive.size() - 1, last + "s");
			put(new Entry(type, canonical, genitive));
		}
	}

	private void put(Entry entry) {
		List<Entry> entries = this.byFirstToken.computeIfAbsent(entry.tokens().get(0), (k) -> new ArrayList<>());
		if (!entries.contains(entry)) {
			entries.add(entry);
		}
	}

	/**
	 * The longest entry that starts at a token.
	 * @param tokens the sentence
	 * @param start where to look
	 * @return the entry, or {@code null}
	 */
	Entry match(List<Token> tokens, int start) {
		List<Entry> candidates = this.byFirstToken.get(tokens.get(start).text());
		if (candidates == null) {
			return null;
		}
		for (Entry entry : candidates) {
			if (matchesAt(entry, tokens, start)) {
				return entry;
			}
		}
		return null;
	}

	boolean startsPlaceOrOrganisation(String token) {
		List<Entry> entries = this.byFirstToken.get(token);
		return entries != null && entries.stream().anyMatch((e) -> e.type() != EntityType.PERSON);
	}

	private static boolean matchesAt(Entry entry, List<Token> tokens, int start) {
		if (start + entry.tokens().size() > tokens.size()) {
			return false;
		}
		for (int i = 0; i < entry.tokens().size(); i++) {
			if (!entry.tokens().get(i).equals(tokens.get(start + i).text())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * One alias of a known entity.
	 *
	 * @param type the entity type
	 * @param canonical the canonical name
	 * @param tokens the alias as tokens
	 */
	record Entry(EntityType type, String canonical, List<String> tokens) {
	}

}
