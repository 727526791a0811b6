package org.newsroom.pipeline.enrich.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsroom.pipeline.contract.events.ContentItem.Entity;
import org.newsroom.pipeline.contract.events.ContentItem.Subject;
import org.newsroom.pipeline.enrich.chain.Enricher;
import org.newsroom.pipeline.enrich.chain.EnrichmentContext;

/**
 * Assigns IPTC Media Topics with a confidence from the keyword, entity and section rules
 * of {@code enrich/topics.json}; a subtopic also lends its confidence to its parent.
 */
public final class TopicEnricher implements Enricher {

	private static final int TERM_CAP = 3;

	/** A word in the headline says more about the topic than one in the body. */
	private static final double HEADLINE_WEIGHT = 2.0;

	private static final double ENTITY_WEIGHT = 2.0;

	private static final double SECTION_WEIGHT = 3.0;

	private final TopicRules rules;

	private final TermIndex terms = new TermIndex();

	private TopicEnricher(TopicRules rules) {
		this.rules = rules;
		for (int i = 0; i < rules.topics().size(); i++) {
			for (String term : rules.topics().get(i).terms()) {
				this.terms.add(term, i);
			}
		}
	}

	/**
	 * Loads the taxonomy and rules from the classpath.
	 * @return the enricher
	 */
	public static TopicEnricher standard() {
		return new TopicEnricher(TopicRules.load());
	}

	@Override
	public String name() {
		return "topics";
	}

	@Override
	public String version() {
		return "1.0";
	}

	@Override
	public void enrich(EnrichmentContext ctx) {
		List<TopicRules.Topic> topics = this.rules.topics();
		double[] scores = this.terms.score(ctx.bodyText(), ctx.language(), topics.size(), TERM_CAP);
		double[] headline = this.terms.score(ctx.headline(), ctx.language(), topics.size(), TERM_CAP);
		Set<String> entities = entityNames(ctx);
		String section = (ctx.content().section() != null) ? ctx.content().section().toLowerCase(Locale.ROOT) : "";
		double[] confidence = new double[topics.size()];
		for (int i = 0; i < topics.size(); i++) {
			TopicRules.Topic topic = topics.get(i);
			double score = scores[i] + HEADLINE_WEIGHT * headline[i]
					+ ENTITY_WEIGHT * topic.entities().stream().filter(entities::contains).count()
					+ (topic.sections().contains(section) ? SECTION_WEIGHT : 0);
			confidence[i] = 1.0 - Math.exp(-score / this.rules.scale());
		}
		liftParents(topics, confidence);
		ctx.setSubjects(subjects(topics, confidence, ctx.language()));
	}

	private static Set<String> entityNames(EnrichmentContext ctx) {
		Set<String> names = new HashSet<>();
		for (List<Entity> list : List.of(ctx.people(), ctx.organisations(), ctx.places())) {
			list.forEach((e) -> names.add(e.normalized()));
		}
		return names;
	}

	private static void liftParents(List<TopicRules.Topic> topics, double[] confidence) {
		for (int i = 0; i < topics.size(); i++) {
			String parent = topics.get(i).parent();
			for (int p = 0; parent != null && p < topics.size(); p++) {
				if (topics.get(p).code().equals(parent)) {
					confidence[p] = Math.max(confidence[p], confidence[i]);
				}
			}
		}
	}

	private List<Subject> subjects(List<TopicRules.Topic> topics, double[] confidence, String language) {
		List<Subject> subjects = new ArrayList<>();
		for (int i = 0; i < topics.size(); i++) {
			if (confidence[i] >= this.rules.threshold()) {
				subjects.add(new Subject(topics.get(i).code(), topics.get(i).label(language),
						Math.round(confidence[i] * 1000) / 1000.0));
			}
		}
		subjects.sort(Comparator.comparingDouble(Subject::confidence).reversed());
		return List.copyOf(subjects.subList(0, Math.min(subjects.size(), this.rules.maxTopics())));
	}

}
