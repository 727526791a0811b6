package org.newsroom.pipeline.local.reliability;

import java.time.Duration;

/**
 * Sizes of the fault scenarios: small in every build, large with
 * {@code -Dreliability.scale=long} before a release.
 *
 * @param name {@code ci} or {@code long}
 * @param crashEvents valid events per crashed service
 * @param mongoOutage how long MongoDB stays down
 * @param outageEvents valid events sent around an outage
 * @param flappingEvents valid events delivered to the flapping subscriber
 * @param hostileRecords hostile records, as many valid ones are mixed in
 * @param disorderItems items whose revisions arrive twice and shuffled
 * @param settleTimeout how long the stack may take to deliver a scenario's events
 * @param faultEvents valid events sent to a stage that halts at a fault point
 * @param editorialItems items killed, embargoed and misspelt in the editorial scenario,
 * each
 * @param backfillItems items of the backfill during which enrich is killed
 */
record Scale(String name, int crashEvents, Duration mongoOutage, int outageEvents, int flappingEvents,
		int hostileRecords, int disorderItems, Duration settleTimeout, int faultEvents, int editorialItems,
		int backfillItems) {

	static final String PROPERTY = "reliability.scale";

	static Scale current() {
		return "long".equals(System.getProperty(PROPERTY, "ci")) ? longRun() : ci();
	}

	static Scale ci() {
		return new Scale("ci", 80, Duration.ofSeconds(10), 60, 100, 60, 30, Duration.ofMinutes(5), 30, 20, 2000);
	}

	static Scale longRun() {
		return new Scale("long", 2000, Duration.ofSeconds(30), 500, 1000, 1000, 300, Duration.ofMinutes(30), 500, 200,
				10000);
	}

}
