package org.newsroom.pipeline.support.stage;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;

import org.newsroom.pipeline.support.config.PipelineProperties;
import org.newsroom.pipeline.support.kafka.EventSender;
import org.newsroom.pipeline.support.kafka.KafkaClientSettings;
import org.newsroom.pipeline.support.kafka.PipelineKafkaAutoConfiguration;
import org.newsroom.pipeline.support.lineage.LineageRecorder;
import org.newsroom.pipeline.support.metrics.StageMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.util.StringUtils;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The stage engine and the transactional Kafka plumbing it runs on: a producer with
 * transactions ({@code pipeline.kafka.transaction-id-prefix}, by default service, host
 * and port), kept apart from the service's ordinary producer (webhook lineage, HTTP
 * ingress and dead letters stay outside transactions), and the listener container factory
 * {@value #CONTAINER_FACTORY} whose containers commit each poll's sends together with its
 * offsets.
 */
@AutoConfiguration(after = PipelineKafkaAutoConfiguration.class)
public class StageAutoConfiguration {

	/** The container factory stage listeners name in {@code @KafkaListener}. */
	public static final String CONTAINER_FACTORY = "stageListenerContainerFactory";

	@Bean
	@ConditionalOnMissingBean
	StageEngine stageEngine(StageProducer producer, PipelineProperties properties, StageMetrics metrics,
			DeadLetterPublishingRecoverer deadLetters, KafkaProperties kafka,
			@Value("${pipeline.fault-point:}") String faultPoint,
			@Value("${pipeline.fault-point-file:}") String faultPointFile, MeterRegistry registry) {
		KafkaTemplate<String, Object> template = new KafkaTemplate<>(producer.factory());
		EventSender sender = new EventSender(template, properties.service(), KafkaClientSettings.sendTimeout(kafka),
				registry);
		LineageRecorder lineage = new LineageRecorder(sender, metrics, properties.topics().lineage(),
				properties.service());
		return new StageEngine(sender, lineage, deadLetters, metrics, new FaultPoints(faultPoint, faultPointFile),
				properties.retry().maxAttemptsUnclassified() + 1);
	}

	@Bean(CONTAINER_FACTORY)
	ConcurrentKafkaListenerContainerFactory<Object, Object> stageListenerContainerFactory(
			ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers,
			StageProducer producer, PipelineProperties properties, StageEngine engine) {
		ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
		configurer.configure(factory, consumers);
		factory.setBatchListener(true);
		factory.getContainerProperties()
			.setKafkaAwareTransactionManager(new StageTransactionManager(producer.factory(), engine.faultPoints()));
		// The engine dead-letters what fails for good itself; what reaches the rollback
		// is transient, so the poll is retried with backoff until it goes through.
		PipelineProperties.Retry retry = properties.retry();
		ExponentialBackOff untilBack = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
		untilBack.setMaxInterval(retry.maxInterval().toMillis());
		factory.setAfterRollbackProcessor(new DefaultAfterRollbackProcessor<>((record, ex) -> {
		}, untilBack));
		// Not the shared error handler: it would retry inside the failed transaction, or
		// dead-letter the whole poll; the rollback above handles the poll again instead.
		factory.setCommonErrorHandler(new RollBack());
		return factory;
	}

	@Bean
	StageProducer stageProducer(ProducerFactory<String, Object> producerFactory, PipelineProperties properties,
			@Value("${pipeline.kafka.transaction-id-prefix:}") String prefix, @Value("${server.port:0}") int port) {
		DefaultKafkaProducerFactory<String, Object> copy = (DefaultKafkaProducerFactory<String, Object>) producerFactory
			.copyWithConfigurationOverride(Map.of());
		copy.setTransactionIdPrefix(
				StringUtils.hasText(prefix) ? prefix : transactionIdPrefix(properties.service(), port));
		return new StageProducer(copy);
	}

	/**
	 * A transaction id prefix that is unique among the running instances of a service, so
	 * they never fence each other, and the same after a restart of one instance on the
	 * same host and port, so the restarted instance fences its predecessor at once and
	 * aborts the transaction it left open: readers waiting for that partition go on
	 * without waiting for the transaction to time out. Without a fixed port (tests) each
	 * context gets its own.
	 */
	static String transactionIdPrefix(String service, int port) {
		if (port <= 0) {
			return service + "-" + UUID.randomUUID() + "-";
		}
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "localhost";
		}
		return service + "-" + host + "-" + port + "-";
	}

	/**
	 * Leaves every failure of a stage poll to the rollback: the transaction is aborted,
	 * and the after-rollback processor seeks back so the poll comes again.
	 */
	static final class RollBack implements CommonErrorHandler {

		@Override
		public void handleBatch(Exception thrownException, ConsumerRecords<?, ?> data, Consumer<?, ?> consumer,
				MessageListenerContainer container, Runnable invokeListener) {
			throw rethrown(thrownException);
		}

		@Override
		public <K, V> ConsumerRecords<K, V> handleBatchAndReturnRemaining(Exception thrownException,
				ConsumerRecords<?, ?> data, Consumer<?, ?> consumer, MessageListenerContainer container,
				Runnable invokeListener) {
			throw rethrown(thrownException);
		}

		private static RuntimeException rethrown(Exception failure) {
			return (failure instanceof RuntimeException runtime) ? runtime
					: new KafkaException("stage poll failed", failure);
		}

	}

	/**
	 * The container's transaction manager, which tells the fault points when a poll's
	 * transaction committed.
	 */
	static final class StageTransactionManager extends KafkaTransactionManager<String, Object> {

		private final FaultPoints faults;

		StageTransactionManager(ProducerFactory<String, Object> factory, FaultPoints faults) {
			super(factory);
			this.faults = faults;
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			super.doCommit(status);
			this.faults.committed();
		}

	}

	/**
	 * The producer factory of the stage engine's transactions; not a
	 * {@link ProducerFactory} bean, so Boot's own producer and template stay as they are.
	 *
	 * @param factory the transactional producer factory
	 */
	record StageProducer(ProducerFactory<String, Object> factory) {
	}

}
