package org.newsroom.pipeline.console;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.newsroom.pipeline.support.test.DeployedStart;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Outside the local stack the service does not start with the secrets its
 * {@code application.yml} ships, and says which settings to change.
 */
@ExtendWith(OutputCaptureExtension.class)
class ShippedSecretsTests {

	@Test
	void refusesToStartWithTheShippedSecretsOutsideLocalMode(CapturedOutput output) {
		DeployedStart.assertRefusesShippedSecrets(ConsoleApplication.class, output);
	}

}
