package org.newsroom.pipeline.enrich;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.test.ServiceArchitecture;

class EnrichArchitectureTests {

	@Test
	void keepsFeaturesApartAndTalksToOtherServicesOnlyThroughKafka() {
		ServiceArchitecture.check("enrich");
	}

}
