package org.newsroom.pipeline.ingest;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.test.ServiceArchitecture;

class IngestArchitectureTests {

	@Test
	void keepsFeaturesApartAndTalksToOtherServicesOnlyThroughKafka() {
		ServiceArchitecture.check("ingest");
	}

}
