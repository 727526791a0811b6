package org.newsroom.pipeline.enrich.dateline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The places of the entity enricher's gazetteer, {@code enrich/gazetteer.tsv}, with their
 * aliases, so a dateline knows the same places as the rest of the item.
 */
final class KnownPlaces implements Predicate<String> {

	static final String RESOURCE = "enrich/gazetteer.tsv";

	/** The gazetteer's spellings of the place type. */
	private static final Set<String> PLACE_TYPES = Set.of("place", "loc", "location");

	private final Set<String> names;

	private KnownPlaces(Set<String> names) {
		this.names = Set.copyOf(names);
	}

	static KnownPlaces load() {
		try (InputStream in = KnownPlaces.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " not on the classpath");
			}
			return new KnownPlaces(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Set<String> read(BufferedReader reader) throws IOException {
		Set<String> names = new HashSet<>();
		String line;
		while ((line = reader.readLine()) != null) {
			String[] columns = line.split("\t");
			if (columns.length >= 2 && PLACE_TYPES.contains(columns[0].strip().toLowerCase(Locale.ROOT))) {
				names.add(columns[1].strip());
				if (columns.length > 2) {
					for (String alias : columns[2].split("\\|")) {
						names.add(alias.strip());
					}
				}
			}
		}
		names.remove("");
		return names;
	}

	@Override
	public boolean test(String name) {
		return this.names.contains(name);
	}

}
