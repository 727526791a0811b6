package org.newsroom.pipeline.support.test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service and the local stack keep: packages free of cycles,
 * no reaching into another service, no persistence document leaving through a controller,
 * and a type public only when another package uses it.
 */
public final class ServiceArchitecture {

	private static final List<String> MODULES = List.of("ingest", "enrich", "publish", "console", "local");

	private ServiceArchitecture() {
	}

	/**
	 * Checks every rule for one module.
	 * @param module the module's package name under {@code org.newsroom.pipeline}: a
	 * service such as {@code ingest}, or {@code local}
	 */
	public static void check(String module) {
		String base = "org.newsroom.pipeline." + module;
		// one import, tests included: reading the classes is most of the check's time
		JavaClasses withTests = new ClassFileImporter().importPackages(base);
		ImportOption mainCode = new ImportOption.DoNotIncludeTests();
		JavaClasses classes = withTests.that(DescribedPredicate.describe("are main code",
				(type) -> type.getSource()
					.map((source) -> mainCode.includes(Location.of(source.getUri())))
					.orElse(true)));
		slices().matching(base + ".(**)")
			.should()
			.beFreeOfCycles()
			.because("a feature's whole story lives in its own package")
			.allowEmptyShould(true)
			.check(classes);
		for (String other : MODULES) {
			if (!other.equals(module)) {
				noClasses().should()
					.dependOnClassesThat()
					.resideInAPackage("org.newsroom.pipeline." + other + "..")
					.because("services talk only through Kafka, and the local stack runs them from their jars")
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
		Set<String> main = classes.stream().map(JavaClass::getName).collect(Collectors.toSet());
		classes().that(DescribedPredicate.describe("are main code", (type) -> main.contains(type.getName())))
			.and()
			.arePublic()
			.and()
			.areTopLevelClasses()
			.and(DescribedPredicate.not(startsAnApplication()))
			.should(beUsedFromAnotherPackage())
			.because("a type is public only if another package, its tests included, needs it")
			.allowEmptyShould(true)
			.check(withTests);
	}

	/** A class with {@code main}, which {@code java -jar} must reach. */
	private static DescribedPredicate<JavaClass> startsAnApplication() {
		return DescribedPredicate.describe("start an application",
				(type) -> type.getMethods()
					.stream()
					.anyMatch((method) -> method.getName().equals("main")
							&& method.getModifiers().contains(JavaModifier.STATIC)));
	}

	private static ArchCondition<JavaClass> beUsedFromAnotherPackage() {
		return new ArchCondition<>("be used from another package") {

			@Override
			public void check(JavaClass type, ConditionEvents events) {
				boolean used = type.getDirectDependenciesToSelf()
					.stream()
					.anyMatch((
							dependency) -> !dependency.getOriginClass().getPackageName().equals(type.getPackageName()));
				if (!used) {
					events.add(SimpleConditionEvent.violated(type,
							type.getName() + " is public, but no other package uses it"));
				}
			}

		};
	}

}
