package org.newsroom.pipeline.local;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsroom.pipeline.local.services.ServiceSpec;
import org.newsroom.pipeline.local.store.MongoUris;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CommandLineTests {

	@Test
	void runsEverythingEmbeddedWithTheDemoByDefault() {
		LocalOptions options = CommandLine.parse(List.of());

		assertThat(options.usesExternalKafka()).isFalse();
		assertThat(options.usesExternalMongo()).isFalse();
		assertThat(options.demo()).isTrue();
		assertThat(options.dataDir()).isEqualTo(Path.of(".pipeline-local"));
		assertThat(options.services()).containsEntry(ServiceSpec.CONSOLE, 8080)
			.containsEntry(ServiceSpec.INGEST, 8081)
			.containsEntry(ServiceSpec.ENRICH, 8082)
			.containsEntry(ServiceSpec.PUBLISH, 8083);
	}

	@Test
	void readsExternalInfrastructureSubsetAndDataFolder() {
		LocalOptions options = CommandLine.parse(List.of("--kafka=broker:9092", "--mongodb=mongodb://db:27017",
				"--no-demo", "--data=/tmp/stack", "--services=ingest,enrich"));

		assertThat(options.externalKafka()).isEqualTo("broker:9092");
		assertThat(options.externalMongoUri()).isEqualTo("mongodb://db:27017");
		assertThat(options.demo()).isFalse();
		assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/stack"));
		assertThat(options.services()).containsOnlyKeys(ServiceSpec.INGEST, ServiceSpec.ENRICH);
	}

	@Test
	void rejectsUnknownFlagsAndServices() {
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse(List.of("--kafak=x")));
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse(List.of("--services=ingest,foo")))
			.withMessageContaining("foo");
	}

	@Test
	void passesAServicesOwnSettingToThatServiceAndASharedOneToEvery() {
		LocalOptions options = CommandLine.parse(List.of("--publish.webhooks.allowed-cidrs=10.0.0.0/8",
				"--enrich.entities.extra-gazetteer=/etc/places.tsv", "--logging.level.org.newsroom=DEBUG",
				"--spring.kafka.consumer.properties.session.timeout.ms=10000"));

		assertThat(options.serviceArguments("publish")).containsExactly("--publish.webhooks.allowed-cidrs=10.0.0.0/8",
				"--logging.level.org.newsroom=DEBUG", "--spring.kafka.consumer.properties.session.timeout.ms=10000");
		assertThat(options.serviceArguments("enrich")).containsExactly(
				"--enrich.entities.extra-gazetteer=/etc/places.tsv", "--logging.level.org.newsroom=DEBUG",
				"--spring.kafka.consumer.properties.session.timeout.ms=10000");
		assertThat(options.serviceArguments("ingest")).containsExactly("--logging.level.org.newsroom=DEBUG",
				"--spring.kafka.consumer.properties.session.timeout.ms=10000");
	}

	@Test
	void startsTheDemoSubscriberOnItsPortUnlessToldNotTo() {
		assertThat(CommandLine.demoSubscriberPort(List.of())).hasValue(8099);
		assertThat(CommandLine.demoSubscriberPort(List.of("--demo-subscriber-port=9999"))).hasValue(9999);
		assertThat(CommandLine.demoSubscriberPort(List.of("--no-demo-subscriber"))).isEmpty();
		assertThat(CommandLine.parse(List.of("--no-demo-subscriber", "--demo-subscriber-port=9999")).demo()).isTrue();
	}

	@Test
	void refusesASettingTheLauncherOwnsAndNamesItsFlag() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CommandLine.parse(List.of("--spring.kafka.bootstrap-servers=elsewhere:9092")))
			.withMessageContaining("--kafka=host:port");
		assertThatIllegalArgumentException().isThrownBy(() -> CommandLine.parse(List.of("--server.port=1")))
			.withMessageContaining("server.port");
	}

	@Test
	void givesEachServiceItsOwnDatabaseOnTheSameServer() {
		assertThat(MongoUris.withDatabase("mongodb://localhost:27017", "ingest"))
			.isEqualTo("mongodb://localhost:27017/ingest");
		assertThat(MongoUris.withDatabase("mongodb://u:p@a:1,b:2/admin?replicaSet=rs0", "publish"))
			.isEqualTo("mongodb://u:p@a:1,b:2/publish?replicaSet=rs0");
	}

}
