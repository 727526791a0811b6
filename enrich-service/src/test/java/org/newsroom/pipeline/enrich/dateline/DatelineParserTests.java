package org.newsroom.pipeline.enrich.dateline;

import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.enrich.dateline.DatelineParser.ParsedDateline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DatelineParserTests {

	private final DatelineParser known = new DatelineParser(KnownPlaces.load());

	@Test
	void parsesTheCommonAgencyFormats() {
		assertThat(this.known.parse("GENEVA - Talks resumed", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Geneva", null, null, 9));
		assertThat(this.known.parse("Berlin/Brüssel (dpa) - Die EU", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Berlin", null, "dpa", 23));
		assertThat(this.known.parse("Frankfurt am Main (Reuters) – Die EZB", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Frankfurt am Main", null, "Reuters", 30));
		assertThat(this.known.parse("GALWAY, Ireland (AP) — The storm", 2026).orElseThrow())
			.isEqualTo(new ParsedDateline("Galway", null, "AP", 23));
		assertThat(this.known.parse("Washington, D.C. (AP) — The president", 2026).orElseThrow())
			.isEqualTo(new ParsedDateline("Washington", null, "AP", 24));
		assertThat(this.known.parse("WASHINGTON, Nov. 3 (Reuters) - The Fed", 2026).orElseThrow())
			.isEqualTo(new ParsedDateline("Washington", "2026-11-03", "Reuters", 31));
		assertThat(this.known.parse("LONDON, 12 March (AFP) – Ministers", 2026).orElseThrow())
			.isEqualTo(new ParsedDateline("London", "2026-03-12", "AFP", 25));
		assertThat(this.known.parse("Passau (dpa/lby) - Der Stadtrat", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Passau", null, "dpa", 19));
		assertThat(this.known.parse("Zürich. Die Bank", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Zürich", null, null, 8));
		assertThat(this.known.parse("Hamburg – Der Senat", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Hamburg", null, null, 10));
	}

	@Test
	void takesNoOrdinaryFirstWordForAPlace() {
		assertThat(this.known.parse("Klar. Die Regierung hat entschieden.", null)).isEmpty();
		assertThat(this.known.parse("Klar – die Regierung hat entschieden.", null)).isEmpty();
		assertThat(this.known.parse("Berlin hat gestern entschieden.", null)).isEmpty();
	}

	private final DatelineParser parser = new DatelineParser(Set.of("Berlin", "Frankfurt am Main")::contains);

	@Test
	void parsesTheTazShowNotesDateline() {
		ParsedDateline d = this.parser.parse(" date 2024-11 Berlin taz | Das russische Militär", 2024).orElseThrow();
		assertThat(d.place()).isEqualTo("Berlin");
		assertThat(d.date()).isEqualTo("2024-11");
		assertThat(d.source()).isEqualTo("taz");
		assertThat(" date 2024-11 Berlin taz | Das russische Militär".substring(d.end())).startsWith("Das russische");
	}

	@Test
	void parsesAgencyDatelines() {
		assertThat(this.parser.parse("BERLIN (dpa) – Die Regierung", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Berlin", null, "dpa", 15));
		assertThat(this.parser.parse("Berlin (AP) - The government", null).orElseThrow().source()).isEqualTo("AP");
		ParsedDateline reuters = this.parser.parse("WASHINGTON, Nov. 3 (Reuters) - The Fed", 2024).orElseThrow();
		assertThat(reuters.place()).isEqualTo("Washington");
		assertThat(reuters.date()).isEqualTo("2024-11-03");
		assertThat(reuters.source()).isEqualTo("Reuters");
		assertThat(this.parser.parse("NEW YORK (AP) - Stocks", null).orElseThrow().place()).isEqualTo("New York");
	}

	@Test
	void keepsTheRegionThatTellsAPlaceFromOthersOfItsName() {
		assertThat(this.parser.parse("Neustadt (Hessen) (dpa) - Der Stadtrat", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Neustadt (Hessen)", null, "dpa", 26));
		assertThat(this.parser.parse("Jana Wellbrock (Grüne) hat gesagt", null)).isEmpty();
	}

	@Test
	void parsesDashAndFullStopDatelines() {
		assertThat(this.parser.parse("BAKU — Negotiators at", null).orElseThrow().place()).isEqualTo("Baku");
		assertThat(this.parser.parse("Berlin. Die Gewerkschaft", null).orElseThrow().place()).isEqualTo("Berlin");
	}

	@Test
	void parsesAnUpperCasePlaceBeforeAPlainHyphen() {
		ParsedDateline d = this.parser.parse("GENEVA - Talks resumed", null).orElseThrow();
		assertThat(d.place()).isEqualTo("Geneva");
		assertThat(d.source()).isNull();
		assertThat("GENEVA - Talks resumed".substring(d.end())).isEqualTo("Talks resumed");
	}

	@Test
	void keepsTheFirstOfSeveralPlaces() {
		assertThat(this.parser.parse("Berlin/Brüssel (dpa) - Die EU", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Berlin", null, "dpa", 23));
	}

	@Test
	void keepsLowerCaseParticlesInAPlace() {
		assertThat(this.parser.parse("Frankfurt am Main (Reuters) – Die EZB", null).orElseThrow())
			.isEqualTo(new ParsedDateline("Frankfurt am Main", null, "Reuters", 30));
		assertThat(this.parser.parse("Frankfurt am Main. Die Gewerkschaft", null).orElseThrow().place())
			.isEqualTo("Frankfurt am Main");
	}

	@Test
	void readsACountryAfterTheCommaAsPartOfThePlaceNotAsADate() {
		assertThat(this.parser.parse("GALWAY, Ireland (AP) — The storm", 2024).orElseThrow())
			.isEqualTo(new ParsedDateline("Galway", null, "AP", 23));
	}

	@Test
	void readsInitialsAfterTheCommaAsPartOfThePlaceNotAsADate() {
		String text = "Washington, D.C. (AP) The president";
		ParsedDateline d = this.parser.parse(text, 2024).orElseThrow();
		assertThat(d.place()).isEqualTo("Washington");
		assertThat(d.date()).isNull();
		assertThat(d.source()).isEqualTo("AP");
		assertThat(text.substring(d.end())).isEqualTo("The president");
	}

	@Test
	void leavesTheYearOutOfADateWhenTheItemHasNoTime() {
		assertThat(this.parser.parse("WASHINGTON, Nov. 3 (Reuters) - The Fed", null).orElseThrow().date())
			.isEqualTo("--11-03");
	}

	@Test
	void takesACapitalisedWordBeforeAFullStopForAPlaceOnlyWhenItIsKnown() {
		assertThat(this.parser.parse("Klar. Die Regierung hat entschieden.", null)).isEmpty();
		assertThat(this.parser.parse("Berlin. Die Regierung hat entschieden.", null)).isPresent();
	}

	@Test
	void needsADashAfterTheAgencyUnlessASentenceStarts() {
		assertThat(this.parser.parse("Angela Merkel (CDU) hat gesagt", null)).isEmpty();
	}

	@Test
	void findsNoDatelineInOrdinaryProse() {
		assertThat(this.parser.parse("Das russische Militär rückt vor.", null)).isEmpty();
		assertThat(this.parser.parse("Die Lage. Sie ist ernst.", null)).isEmpty();
		assertThat(this.parser.parse("", null)).isEmpty();
		assertThat(this.parser.parse(null, null)).isEmpty();
	}

	@Test
	void neverThrowsAndStaysFastOnHostileInput() {
		Random random = new Random(42);
		String alphabet = "AB Ba.,-–—()|date 2024-11 dpa\n\t";
		long start = System.nanoTime();
		for (int i = 0; i < 20_000; i++) {
			StringBuilder s = new StringBuilder();
			int length = random.nextInt(300);
			for (int j = 0; j < length; j++) {
				s.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			assertThatCode(() -> this.parser.parse(s.toString(), 2024)).doesNotThrowAnyException();
		}
		String pathological = "A".repeat(100_000) + " " + "(".repeat(10_000);
		assertThatCode(() -> this.parser.parse(pathological, null)).doesNotThrowAnyException();
		assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
	}

}
