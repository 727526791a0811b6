package org.newsroom.pipeline.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.newsroom.pipeline.contract.events.ContentItem.Entity;

/**
 * Counts mentions per entity: a genitive form joins its base form ({@code Reineckes}
 * joins {@code Reinecke}), and a surname alone counts for the person already found with
 * it ({@code Putin} after {@code Wladimir Putin}). A tentative place counts only when the
 * item also names it where it is shown to be a place. An entity's origin is the strongest
 * that found it: the dateline, then a list, then a rule.
 */
final class MentionCollector implements EntityRecognizer.MentionSink {

	/** How many entities of one type an item keeps. */
	static final int MAX_PER_TYPE = 100;

	private final Map<EntityType, Map<String, Tally>> tallies = new HashMap<>();

	/** Origins from the strongest. */
	private static final List<String> ORIGINS = List.of(Mention.DATELINE, Mention.GAZETTEER, Mention.RULE);

	private final List<String> candidates = new ArrayList<>();

	private final List<Mention> tentative = new ArrayList<>();

	private final Map<String, String> acronyms = new HashMap<>();

	private final List<Mention> unlessNamed = new ArrayList<>();

	private int mentions;

	@Override
	public void mention(Mention mention) {
		this.mentions++;
		Map<String, Tally> ofType = this.tallies.computeIfAbsent(mention.type(), (t) -> new LinkedHashMap<>());
		ofType.computeIfAbsent(mention.canonical(), (c) -> new Tally(c, mention.origin()))
			.add(mention.surface(), mention.origin());
	}

	@Override
	public void tentative(Mention mention) {
		this.tentative.add(mention);
	}

	@Override
	public void candidate(String properNoun) {
		this.candidates.add(properNoun);
	}

	@Override
	public void unlessNamed(Mention mention) {
		this.unlessNamed.add(mention);
	}

	@Override
	public void alias(String acronym, String canonical) {
		this.acronyms.putIfAbsent(acronym, canonical);
	}

	int mentions() {
		return this.mentions;
	}

	/**
	 * The most mentioned entities of a type, at most {@link #MAX_PER_TYPE}: a text that
	 * names thousands (a list of names, a directory) must not make its enriched record
	 * too large for the later stages.
	 */
	List<Entity> entities(EntityType type) {
		Map<String, Tally> ofType = this.tallies.getOrDefault(type, Map.of());
		if (type == EntityType.PERSON) {
			mergeGenitives(ofType);
			mergeSurnames(ofType);
			countSurnames(ofType);
		}
		if (type == EntityType.ORGANISATION) {
			mergeAcronyms(ofType);
		}
		if (type == EntityType.PLACE) {
			Set<String> names = personNames();
			this.unlessNamed.stream().filter((m) -> !names.contains(m.surface())).forEach(this::mention);
			this.unlessNamed.clear();
			ofType = this.tallies.getOrDefault(type, Map.of());
		}
		for (Mention mention : this.tentative) {
			Tally confirmed = (mention.type() == type) ? ofType.get(mention.canonical()) : null;
			if (confirmed != null) {
				confirmed.add(mention.surface(), mention.origin());
			}
		}
		return ofType.values()
			.stream()
			.sorted(Comparator.comparingInt(Tally::count).reversed())
			.limit(MAX_PER_TYPE)
			.map(Tally::toEntity)
			.toList();
	}

	/** The words of the names of the people found, genitives included. */
	private Set<String> personNames() {
		Set<String> names = new HashSet<>();
		for (String person : this.tallies.getOrDefault(EntityType.PERSON, Map.of()).keySet()) {
			for (String word : person.split(" ")) {
				names.add(word);
				names.add(word + "s");
			}
		}
		return names;
	}

	private static void mergeGenitives(Map<String, Tally> people) {
		List<String> names = new ArrayList<>(people.keySet());
		for (String name : names) {
			String base = name.endsWith("s") ? name.substring(0, name.length() - 1) : null;
			if (base != null && people.containsKey(base)) {
				people.get(base).absorb(people.remove(name));
			}
		}
	}

	/**
	 * A person found by surname alone ({@code Trainer Hollweg}) is the person found with
	 * a full name ending in it, if any.
	 */
	private static void mergeSurnames(Map<String, Tally> people) {
		for (String name : new ArrayList<>(people.keySet())) {
			if (!people.containsKey(name)) {
				continue;
			}
			String tail = " " + name;
			people.values()
				.stream()
				.filter((full) -> full.canonical().endsWith(tail))
				.findFirst()
				.ifPresent((full) -> full.absorb(people.remove(name)));
		}
	}

	/**
	 * An acronym given in parentheses after an organisation's name counts for it where it
	 * stands alone.
	 */
	private void mergeAcronyms(Map<String, Tally> organisations) {
		this.acronyms.forEach((acronym, canonical) -> {
			Tally organisation = organisations.get(canonical);
			Tally alone = organisations.get(acronym);
			if (organisation != null && alone != null && organisation != alone) {
				organisation.absorb(organisations.remove(acronym));
			}
		});
	}

	private void countSurnames(Map<String, Tally> people) {
		Map<String, Tally> bySurname = new HashMap<>();
		for (Tally tally : people.values()) {
			String canonical = tally.canonical();
			int space = canonical.lastIndexOf(' ');
			if (space > 0) {
				bySurname.putIfAbsent(canonical.substring(space + 1), tally);
			}
		}
		for (String candidate : this.candidates) {
			Tally person = bySurname.get(candidate);
			if (person == null && candidate.endsWith("s")) {
				person = bySurname.get(candidate.substring(0, candidate.length() - 1));
			}
			if (person != null) {
				person.add(null, null);
			}
		}
	}

	/** Mentions of one entity. */
	private static final class Tally {

		private final String canonical;

		private String origin;

		private final Map<String, Integer> surfaces = new LinkedHashMap<>();

		private int count;

		Tally(String canonical, String origin) {
			this.canonical = canonical;
			this.origin = origin;
		}

		String canonical() {
			return this.canonical;
		}

		int count() {
			return this.count;
		}

		void add(String surface, String origin) {
			this.count++;
			if (surface != null) {
				this.surfaces.merge(surface, 1, Integer::sum);
			}
			if (origin != null && ORIGINS.indexOf(origin) < ORIGINS.indexOf(this.origin)) {
				this.origin = origin;
			}
		}

		void absorb(Tally other) {
			this.count += other.count;
		}

		Entity toEntity() {
			String name = this.surfaces.entrySet()
				.stream()
				.max(Map.Entry.<String, Integer>comparingByValue()
					.thenComparingInt((Map.Entry<String, Integer> e) -> e.getKey().length()))
				.map(Map.Entry::getKey)
				.orElse(this.canonical);
			return new Entity(name, this.canonical, this.count, this.origin);
		}

	}

}
