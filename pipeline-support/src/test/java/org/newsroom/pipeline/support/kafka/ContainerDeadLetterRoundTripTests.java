package org.newsroom.pipeline.support.kafka;

import org.testcontainers.junit.jupiter.Testcontainers;

import org.newsroom.pipeline.support.test.InfrastructureMode;
import org.newsroom.pipeline.support.test.PipelineIntegrationTest;

/**
 * The same round trip against Kafka and MongoDB in containers; skipped where Docker does
 * not answer.
 */
@Testcontainers(disabledWithoutDocker = true)
@PipelineIntegrationTest(infrastructure = InfrastructureMode.CONTAINERS)
class ContainerDeadLetterRoundTripTests extends DeadLetterRoundTripTests {

}
