package org.newsroom.pipeline.enrich.keywords;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * How many documents of the corpus seen so far contain each stem, for TF-IDF.
 */
public interface DocumentFrequencies {

	/**
	 * The number of documents seen.
	 * @return the corpus size
	 */
	long documents();

	/**
	 * Document frequencies of the given stems; stems never seen are missing.
	 * @param stems the stems
	 * @return stem to number of documents containing it
	 */
	Map<String, Long> frequencies(Collection<String> stems);

	/**
	 * Counts one more document containing the given stems.
	 * @param stems the distinct stems of the document
	 */
	void add(Set<String> stems);

}
