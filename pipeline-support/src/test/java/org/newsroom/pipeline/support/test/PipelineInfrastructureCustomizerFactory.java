package org.newsroom.pipeline.support.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.newsroom.pipeline.support.security.LocalSecrets;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Applies {@link PipelineIntegrationTest} to the test's application context.
 */
class PipelineInfrastructureCustomizerFactory implements ContextCustomizerFactory {

	private static final AtomicInteger CONTEXTS = new AtomicInteger();

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
			.get(PipelineIntegrationTest.class)
			.synthesize(MergedAnnotation::isPresent)
			.map((annotation) -> new Customizer(annotation.infrastructure()))
			.orElse(null);
	}

	private record Customizer(InfrastructureMode mode) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestInfrastructure infrastructure = PipelineInfrastructure.get(this.mode);
			int id = CONTEXTS.incrementAndGet();
			String app = context.getEnvironment().getProperty("spring.application.name", "pipeline");
			Map<String, Object> properties = Map.of("spring.kafka.bootstrap-servers",
					infrastructure.kafkaBootstrapServers(), "spring.mongodb.uri", infrastructure.mongoUri(),
					"spring.mongodb.database", app + "-test-" + id, "pipeline.topics.namespace", "t" + id + ".");
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("pipelineTestInfrastructure", properties));
			// behind every other source, so a test can still set it to false
			context.getEnvironment()
				.getPropertySources()
				.addLast(new MapPropertySource("pipelineTestLocalMode", Map.of(LocalSecrets.LOCAL_MODE, "true")));
		}

	}

}
