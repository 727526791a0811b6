package org.newsroom.pipeline.publish.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.support.test.ServiceArchitecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the features of the publish service apart: channels read the publication state,
 * the publication side pushes through the webhook outbox and the outbound topic, and
 * nothing reaches into the entry points.
 */
class PublishArchitectureTests {

	private static final String ROOT = "org.newsroom.pipeline.publish";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(ROOT);

	@Test
	void keepsFeaturesApartAndTalksToOtherServicesOnlyThroughKafka() {
		ServiceArchitecture.check("publish");
	}

	@Test
	void keepsEveryPackageFreeOfCyclesAlsoInsideAFeature() {
		slices().matching(ROOT + ".(**)")
			.should()
			.beFreeOfCycles()
			.because("a feature's parts depend one way, so each can be read without the others")
			.check(this.classes);
	}

	@Test
	void webhooksAndTheOutboundTopicKnowNothingOfThePublicationState() {
		noClasses().that()
			.resideInAnyPackage(ROOT + ".webhook..", ROOT + ".outbound..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".publication..")
			.check(this.classes);
	}

	@Test
	void thePublicationStateDoesNotDependOnTheReadChannels() {
		noClasses().that()
			.resideInAPackage(ROOT + ".publication..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".feed..", ROOT + ".podcast..", ROOT + ".api..", ROOT + ".command..")
			.check(this.classes);
	}

	@Test
	void noFeatureUsesTheApiOrTheCommandsConsumer() {
		noClasses().that()
			.resideOutsideOfPackages(ROOT + ".api..", ROOT + ".command..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".api..", ROOT + ".command..")
			.check(this.classes);
	}

}
