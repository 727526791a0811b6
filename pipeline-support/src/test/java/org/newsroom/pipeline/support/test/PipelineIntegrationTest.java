package org.newsroom.pipeline.support.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points a Spring test at the shared Kafka broker and MongoDB store: sets
 * {@code spring.kafka.bootstrap-servers} and {@code spring.mongodb.uri}, and gives the
 * context its own topic namespace and database so cached contexts never see each other's
 * records. The context runs in local mode ({@code pipeline.local-mode=true}), so the
 * secrets shipped for the local stack are allowed unless the test sets it to
 * {@code false}. A {@link KafkaTestClient} field of the test gets a client for that
 * broker before each test.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KafkaTestClientExtension.class)
public @interface PipelineIntegrationTest {

	/**
	 * Where Kafka and MongoDB come from.
	 * @return the mode; by default decided by {@code -Dpipeline.test.infra} and Docker
	 */
	InfrastructureMode infrastructure() default InfrastructureMode.AUTO;

}
