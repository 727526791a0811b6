package org.newsroom.pipeline.support.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service keeps: feature packages free of cycles, no
 * reaching into another service, and no persistence document leaving through a
 * controller.
 */
public final class ServiceArchitecture {

	private static final String[] SERVICES = { "ingest", "enrich", "publish", "console" };

	private ServiceArchitecture() {
	}

	/**
	 * Checks the rules for one service.
	 * @param service the service's package name under {@code org.newsroom.pipeline}, such
	 * as {@code ingest}
	 */
	public static void check(String service) {
		String base = "org.newsroom.pipeline." + service;
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(base);
		slices().matching(base + ".(*)..")
			.should()
			.beFreeOfCycles()
			.because("a feature's whole story lives in its own package")
			.check(classes);
		for (String other : SERVICES) {
			if (!other.equals(service)) {
				noClasses().should()
					.dependOnClassesThat()
					.resideInAPackage("org.newsroom.pipeline." + other + "..")
					.because("services talk only through Kafka")
					.check(classes);
			}
		}
		methods().that()
			.areDeclaredInClassesThat()
			.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
			.should()
			.notHaveRawReturnType("org.bson.Document")
			.because("a MongoDB document never goes out of a REST endpoint")
			.allowEmptyShould(true)
			.check(classes);
	}

}
