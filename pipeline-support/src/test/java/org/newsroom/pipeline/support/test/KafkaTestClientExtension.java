package org.newsroom.pipeline.support.test;

import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.util.ReflectionUtils;

/**
 * Gives every {@link KafkaTestClient} field of a {@link PipelineIntegrationTest} a client
 * connected to the test context's broker before each test, and closes it after.
 */
class KafkaTestClientExtension implements BeforeEachCallback, AfterEachCallback {

	@Override
	public void beforeEach(ExtensionContext context) {
		String bootstrapServers = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("spring.kafka.bootstrap-servers");
		forEachClientField(context,
				(field, instance) -> ReflectionUtils.setField(field, instance, new KafkaTestClient(bootstrapServers)));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		forEachClientField(context, (field, instance) -> {
			Object client = ReflectionUtils.getField(field, instance);
			if (client instanceof KafkaTestClient kafka) {
				kafka.close();
			}
		});
	}

	private static void forEachClientField(ExtensionContext context,
			java.util.function.BiConsumer<Field, Object> action) {
		Object instance = context.getRequiredTestInstance();
		ReflectionUtils.doWithFields(instance.getClass(), (field) -> {
			ReflectionUtils.makeAccessible(field);
			action.accept(field, instance);
		}, (field) -> field.getType() == KafkaTestClient.class);
	}

}
