package org.newsroom.pipeline.enrich.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

/**
 * Reads the place sources into a {@link PlaceIndex}: countries and UN M.49 regions in
 * German and English from the JDK's CLDR data, first-level regions
 * ({@code enrich/places/regions.tsv}, CLDR), cities of at least 15,000 inhabitants
 * ({@code enrich/places/cities.tsv.gz}, GeoNames), the hand-written names the open data
 * lacks ({@code enrich/places/aliases.tsv}) and the place names that are also common
 * words ({@code enrich/places/common-words.tsv}). See that folder's README for the
 * sources and their licences.
 */
final class PlaceSources {

	static final String FOLDER = "enrich/places/";

	/**
	 * The UN M.49 regions news names: continents and their parts; the world, the
	 * Americas' statistical parts and Oceania's island groups are left out.
	 */
	private static final List<String> WORLD_REGIONS = List.of("002", "005", "009", "011", "013", "014", "015", "017",
			"018", "019", "029", "030", "034", "035", "039", "142", "143", "145", "150", "151", "154", "155", "202",
			"419");

	private final Map<String, String[]> aliases = new LinkedHashMap<>();

	private final Set<String> used = new HashSet<>();

	private final PlaceIndexBuilder builder = new PlaceIndexBuilder(stopWords());

	private PlaceSources() {
	}

	static PlaceIndex load() {
		PlaceSources sources = new PlaceSources();
		sources.lines("aliases.tsv", sources::alias);
		sources.lines("common-words.tsv", (c) -> sources.builder.commonWord(c[0], c[1]));
		sources.territories();
		sources.lines("regions.tsv", (c) -> sources.place("region:" + c[0], c[2], PlaceKind.REGION, 0));
		sources.lines("cities.tsv.gz", sources::city);
		sources.areas();
		sources.checkAllAliasesUsed();
		return sources.builder.build();
	}

	private void alias(String[] columns) {
		String target = columns[0].equals("area") ? "area:" + columns[1] : columns[0];
		this.aliases.put(target,
				new String[] { (columns.length > 1) ? columns[1] : "", (columns.length > 2) ? columns[2] : "" });
	}

	private void territories() {
		for (String code : Locale.getISOCountries()) {
			Locale territory = new Locale.Builder().setRegion(code).build();
			place("country:" + code, territory.getDisplayCountry(Locale.GERMAN), PlaceKind.COUNTRY, 0,
					territory.getDisplayCountry(Locale.ENGLISH));
		}
		for (String code : WORLD_REGIONS) {
			Locale region = new Locale.Builder().setRegion(code).build();
			place("world:" + code, region.getDisplayCountry(Locale.GERMAN), PlaceKind.WORLD_REGION, 0,
					region.getDisplayCountry(Locale.ENGLISH));
		}
	}

	private void city(String[] columns) {
		long population = Long.parseLong(columns[3]);
		PlaceKind kind = (population >= PlaceIndex.MAJOR_CITY) ? PlaceKind.MAJOR_CITY
				: (population >= PlaceIndex.LARGE_CITY) ? PlaceKind.LARGE_CITY : PlaceKind.SMALL_CITY;
		String name = columns[0];
		// "Halle (Saale)" and "Washington, D.C." are also named without their qualifier
		int qualifier = firstOf(name, " (", ", ");
		place("city:" + columns[2] + ":" + name, name, kind, population, columns[1],
				(qualifier > 0) ? name.substring(0, qualifier) : "");
	}

	private void areas() {
		this.aliases.keySet()
			.stream()
			.filter((target) -> target.startsWith("area:"))
			.toList()
			.forEach((target) -> place(target, target.substring(5), PlaceKind.WORLD_REGION, 0));
	}

	/**
	 * Adds a place under its names, applying the hand-written canonical name and aliases
	 * of its target, if any.
	 */
	private void place(String target, String name, PlaceKind kind, long population, String... more) {
		String[] hand = this.aliases.get(target);
		String canonical = (hand != null && !hand[0].isBlank()) ? hand[0] : name;
		if (hand != null) {
			this.used.add(target);
			for (String alias : hand[1].split("\\|")) {
				this.builder.add(alias.strip(), canonical, kind, population);
			}
			this.builder.add(canonical, canonical, kind, population);
		}
		this.builder.add(name, canonical, kind, population);
		for (String alias : more) {
			this.builder.add(alias, canonical, kind, population);
		}
	}

	private void checkAllAliasesUsed() {
		Set<String> unused = new HashSet<>(this.aliases.keySet());
		unused.removeAll(this.used);
		if (!unused.isEmpty()) {
			throw new IllegalStateException(FOLDER + "aliases.tsv names places the open data lacks: " + unused);
		}
	}

	private void lines(String resource, Consumer<String[]> consumer) {
		try (InputStream in = open(FOLDER + resource)) {
			BufferedReader reader = new BufferedReader(new InputStreamReader(
					resource.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					consumer.accept(line.split("\t", -1));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InputStream open(String resource) {
		InputStream in = PlaceSources.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException(resource + " not on the classpath");
		}
		return in;
	}

	private static int firstOf(String name, String... separators) {
		int first = -1;
		for (String separator : separators) {
			int at = name.indexOf(separator);
			if (at > 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		return first;
	}

	/**
	 * Function words that Lucene's stop lists lack but that start many German sentences,
	 * such as {@code Wer} and {@code Laut}.
	 */
	private static final List<String> MORE_STOP_WORDS = List.of("wer", "wen", "wem", "wessen", "wann", "warum", "wieso",
			"weshalb", "wohin", "woher", "laut", "beim", "seit", "trotz", "statt", "gegen", "neben", "ohne");

	private static Set<String> stopWords() {
		Set<String> words = new HashSet<>(MORE_STOP_WORDS);
		for (CharArraySet set : List.of(GermanAnalyzer.getDefaultStopSet(), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
				FrenchAnalyzer.getDefaultStopSet(), SpanishAnalyzer.getDefaultStopSet(),
				ItalianAnalyzer.getDefaultStopSet(), DutchAnalyzer.getDefaultStopSet())) {
			set.forEach((word) -> words.add((word instanceof char[] chars) ? new String(chars) : word.toString()));
		}
		return words;
	}

}
