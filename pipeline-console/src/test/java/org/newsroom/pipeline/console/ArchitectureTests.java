package org.newsroom.pipeline.console;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.test.ServiceArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The console's boundaries: the rules every service keeps, pages apart from the features,
 * and MongoDB documents kept out of controllers.
 */
class ArchitectureTests {

	@Test
	void keepsFeaturesApartAndTalksToOtherServicesOnlyThroughKafka() {
		ServiceArchitecture.check("console");
	}

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.newsroom.pipeline.console");

	@Test
	void keepsFeaturesFreeOfTheShellAroundThePages() {
		noClasses().that()
			.resideOutsideOfPackage("..console.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..console.web..")
			.check(this.classes);
	}

	@Test
	void keepsEachPageWithItsFeature() {
		classes().that()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.and()
			.doNotHaveSimpleName("LoginController")
			.should()
			.resideOutsideOfPackage("..console.web..")
			.because("a feature's page, API and store tell one story")
			.check(this.classes);
	}

	@Test
	void keepsMongoDocumentsOutOfControllers() {
		noClasses().that()
			.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
			.or()
			.areAnnotatedWith(org.springframework.stereotype.Controller.class)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.bson..")
			.check(this.classes);
	}

}
