package org.newsroom.pipeline.local.broker;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The {@code server.properties} of a single-node KRaft broker that is also its own
 * controller.
 */
final class ServerProperties {

	private static final String MAX_MESSAGE_BYTES = "8388608";

	private ServerProperties() {
	}

	static Properties of(BrokerSettings settings) {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.bootstrap.servers", "localhost:" + settings.controllerPort());
		properties.setProperty("listeners",
				"PLAINTEXT://localhost:" + settings.port() + ",CONTROLLER://localhost:" + settings.controllerPort());
		properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + settings.port());
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
		properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.setProperty("log.dirs", logDir(settings).toString());
		properties.setProperty("num.partitions", "6");
		// Services create their topics, but a kcat user typing a new topic expects it to
		// work.
		properties.setProperty("auto.create.topics.enable", "true");
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
		properties.setProperty("share.coordinator.state.topic.min.isr", "1");
		// The services' pipeline.kafka.max-message-bytes (8 MiB), also for topics made
		// with kcat: an enriched item carries its body several times.
		properties.setProperty("message.max.bytes", MAX_MESSAGE_BYTES);
		properties.setProperty("replica.fetch.max.bytes", MAX_MESSAGE_BYTES);
		// One broker, no one to wait for: consumers join their group at once.
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		return properties;
	}

	static Path logDir(BrokerSettings settings) {
		return settings.dataDir().toAbsolutePath().resolve("data");
	}

	static Path write(BrokerSettings settings) throws IOException {
		Files.createDirectories(settings.dataDir());
		Path file = settings.dataDir().toAbsolutePath().resolve("server.properties");
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			of(settings).store(writer, "Written by pipeline-local on every start");
		}
		return file;
	}

}
