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
	void givesEachServiceItsOwnDatabaseOnTheSameServer() {
		assertThat(MongoUris.withDatabase("mongodb://localhost:27017", "ingest"))
			.isEqualTo("mongodb://localhost:27017/ingest");
		assertThat(MongoUris.withDatabase("mongodb://u:p@a:1,b:2/admin?replicaSet=rs0", "publish"))
			.isEqualTo("mongodb://u:p@a:1,b:2/publish?replicaSet=rs0");
	}

}
