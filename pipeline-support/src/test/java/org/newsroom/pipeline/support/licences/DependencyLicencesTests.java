package org.newsroom.pipeline.support.licences;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.newsroom.pipeline.contract.json.ContractJson;
import org.newsroom.pipeline.support.licences.LicencePolicy.Verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The build's licence check: every library the services ship with, as the root build's
 * CycloneDX bill of materials ({@code target/bom.json}, made in the root's
 * {@code package} phase, before any module is built) lists them, may be used by an
 * Apache-2.0 product.
 */
class DependencyLicencesTests {

	private static final Path BOM = Path.of("..", "target", "bom.json");

	@Test
	void noShippedLibraryIsOfferedOnlyUnderTheGplOrTheAgpl() throws Exception {
		assumeThat(Files.exists(BOM) || System.getenv("CI") != null)
			.as("%s is made by ./mvnw verify from the root, when Maven is online", BOM)
			.isTrue();
		assertThat(BOM).as("the root's bill of materials (cyclonedx execution licence-check)").exists();
		JsonNode bom = ContractJson.mapper().readTree(BOM.toFile());
		List<String> refused = new ArrayList<>();
		List<JsonNode> components = new ArrayList<>();
		bom.get("components").forEach(components::add);
		for (JsonNode component : components) {
			List<String> licences = licences(component);
			Verdict verdict = LicencePolicy.judge(licences);
			if (verdict != Verdict.ACCEPTED) {
				refused.add("%s:%s:%s %s %s".formatted(component.path("group").asString(),
						component.path("name").asString(), component.path("version").asString(), verdict, licences));
			}
		}

		assertThat(components).as("libraries in the bill of materials").hasSizeGreaterThan(50);
		assertThat(refused).as("libraries the product may not ship with").isEmpty();
	}

	@Test
	void refusesTheGplAndTheAgplUnderAnyOfTheirNames() {
		assertThat(LicencePolicy.judge(List.of("GPL-2.0-only"))).isEqualTo(Verdict.COPYLEFT);
		assertThat(LicencePolicy.judge(List.of("GPL-3.0-or-later"))).isEqualTo(Verdict.COPYLEFT);
		assertThat(LicencePolicy.judge(List.of("AGPL-3.0-only"))).isEqualTo(Verdict.COPYLEFT);
		assertThat(LicencePolicy.judge(List.of("GNU General Public License, version 2"))).isEqualTo(Verdict.COPYLEFT);
		assertThat(LicencePolicy.judge(List.of("GNU Affero General Public License v3"))).isEqualTo(Verdict.COPYLEFT);
		assertThat(LicencePolicy.judge(List.of("MIT AND GPL-3.0-only"))).isEqualTo(Verdict.COPYLEFT);
		assertThat(LicencePolicy.judge(List.of())).isEqualTo(Verdict.UNKNOWN);
	}

	@Test
	void acceptsADualLicenceAndTheExceptionsThatDoNotBindTheProduct() {
		assertThat(LicencePolicy.judge(List.of("Apache-2.0", "GNU General Public License, version 2")))
			.isEqualTo(Verdict.ACCEPTED);
		assertThat(LicencePolicy.judge(List.of("GPL-2.0-with-classpath-exception"))).isEqualTo(Verdict.ACCEPTED);
		assertThat(LicencePolicy.judge(List.of("LGPL-2.1-only"))).isEqualTo(Verdict.ACCEPTED);
		assertThat(LicencePolicy.judge(List.of("GNU Lesser General Public License"))).isEqualTo(Verdict.ACCEPTED);
		assertThat(LicencePolicy.judge(List.of("EPL-2.0 OR GPL-2.0-only"))).isEqualTo(Verdict.ACCEPTED);
		assertThat(LicencePolicy.judge(List.of("GPL-2.0-only WITH Classpath-exception-2.0")))
			.isEqualTo(Verdict.ACCEPTED);
		assertThat(LicencePolicy.judge(List.of("MIT"))).isEqualTo(Verdict.ACCEPTED);
	}

	private static List<String> licences(JsonNode component) {
		List<String> licences = new ArrayList<>();
		component.path("licenses").forEach((choice) -> {
			if (choice.has("expression")) {
				licences.add(choice.get("expression").asString());
			}
			JsonNode licence = choice.path("license");
			String name = licence.has("id") ? licence.get("id").asString() : licence.path("name").asString();
			if (!name.isEmpty()) {
				licences.add(name);
			}
		});
		return licences;
	}

}
