package org.newsroom.pipeline.console;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTests {

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.newsroom.pipeline.console");

	@Test
	void keepsFeaturesFreeOfThePages() {
		noClasses().that()
			.resideOutsideOfPackage("..console.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..console.web..")
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
