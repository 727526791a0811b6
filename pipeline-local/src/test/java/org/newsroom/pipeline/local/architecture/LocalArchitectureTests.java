package org.newsroom.pipeline.local.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The launcher's boundaries: it starts the services as processes from their jars and
 * talks to them as a user would, so it links against none of them, and its parts (broker,
 * store, services, demo, benchmark) are free of cycles.
 */
class LocalArchitectureTests {

	private static final String ROOT = "org.newsroom.pipeline.local";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void startsTheServicesWithoutLinkingAgainstThem() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.newsroom.pipeline.ingest..", "org.newsroom.pipeline.enrich..",
					"org.newsroom.pipeline.publish..", "org.newsroom.pipeline.console..")
			.because("the launcher runs each service from its own jar, in its own JVM")
			.check(this.classes);
	}

	@Test
	void keepsItsPartsFreeOfCycles() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(this.classes);
	}

}
