package org.newsroom.pipeline.contract.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ContractArchitectureTests {

	private final JavaClasses contract = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.newsroom.pipeline.contract");

	@Test
	void contractDependsOnNoSpringClass() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..")
			.because("any Kafka client must be able to use the contract")
			.check(this.contract);
	}

	@Test
	void contractDependsOnNoPipelineService() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.newsroom.pipeline.support..", "org.newsroom.pipeline.ingest..",
					"org.newsroom.pipeline.enrich..", "org.newsroom.pipeline.publish..",
					"org.newsroom.pipeline.console..")
			.check(this.contract);
	}

	@Test
	void springIsNotOnTheContractClasspath() {
		assertThatExceptionOfType(ClassNotFoundException.class)
			.isThrownBy(() -> Class.forName("org.springframework.core.SpringVersion"));
	}

}
