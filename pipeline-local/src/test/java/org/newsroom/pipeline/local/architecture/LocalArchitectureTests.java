package org.newsroom.pipeline.local.architecture;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.test.ServiceArchitecture;

/**
 * The launcher's boundaries, by the rules every service keeps: it starts the services as
 * processes from their jars and talks to them as a user would, so it links against none
 * of them; its parts (broker, store, services, demo, benchmark) are free of cycles; and a
 * type is public only where another part uses it.
 */
class LocalArchitectureTests {

	@Test
	void keepsTheRulesOfEveryService() {
		ServiceArchitecture.check("local");
	}

}
