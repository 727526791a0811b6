package org.newsroom.pipeline.local.reliability;

import java.util.List;

/**
 * What became of one scenario's records, counted from the stack itself.
 *
 * @param stored valid items in ingest's store at their newest revision
 * @param published valid items on the outbound topic at their newest revision
 * @param deadLettered the scenario's records on dead-letter topics with a reason
 * @param lost valid items not published everywhere at their newest revision (outbound
 * topic, every subscriber, content API) plus refused records missing from the dead-letter
 * topics
 * @param duplicated outbound {@code ce_id}s seen more than once plus {@code webhook-id}s
 * acknowledged more than once, counted per extra copy
 * @param examples a few ids that are lost or duplicated, to explain a failure
 */
record Tally(int stored, int published, int deadLettered, int lost, int duplicated, List<String> examples) {

	boolean settled() {
		return this.lost == 0;
	}

}
