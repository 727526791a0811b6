package org.newsroom.pipeline.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * German, English and other given names common in European news, from
 * {@code enrich/given-names.txt}: a capitalized sequence starting with one is a person.
 */
final class GivenNames {

	static final String RESOURCE = "enrich/given-names.txt";

	private final Set<String> names;

	private GivenNames(Set<String> names) {
		this.names = names;
	}

	static GivenNames load() {
		Set<String> names = new HashSet<>();
		try (InputStream in = GivenNames.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " not on the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					for (String name : line.strip().split("\\s+")) {
						names.add(name);
					}
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new GivenNames(Set.copyOf(names));
	}

	/**
	 * Whether a token is a given name; double names like {@code Frank-Walter} count when
	 * their first part is one.
	 * @param token the token
	 * @return {@code true} for a known given name
	 */
	boolean contains(String token) {
		if (this.names.contains(token)) {
			return true;
		}
		int hyphen = token.indexOf('-');
		return hyphen > 0 && this.names.contains(token.substring(0, hyphen))
				&& this.names.contains(token.substring(hyphen + 1));
	}

	int size() {
		return this.names.size();
	}

}
