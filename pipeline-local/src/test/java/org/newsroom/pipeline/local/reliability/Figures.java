package org.newsroom.pipeline.local.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.newsroom.pipeline.contract.json.ContractJson;

/**
 * The figures of {@code docs/reliability.md}: one row per scenario, written to
 * {@code target/reliability/figures.md} and {@code figures.json} after every row so that
 * even a failed run leaves what it measured.
 */
final class Figures {

	static final Path DIR = Path.of("target", "reliability");

	private final List<Row> rows = new ArrayList<>();

	private final Map<String, Object> notes = new LinkedHashMap<>();

	private final List<Editorial> editorial = new ArrayList<>();

	private final Scale scale;

	private final Instant started = Instant.now();

	Figures(Scale scale) {
		this.scale = scale;
	}

	synchronized void add(Row row) {
		this.rows.add(row);
		write();
	}

	synchronized void add(Editorial check) {
		this.editorial.add(check);
		write();
	}

	/**
	 * A measurement beside the table, such as heap in use before and after a scenario.
	 */
	synchronized void note(String name, Object value) {
		this.notes.put(name, value);
		write();
	}

	private void write() {
		try {
			Files.createDirectories(DIR);
			Files.writeString(DIR.resolve("figures.md"), markdown(), StandardCharsets.UTF_8);
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("scale", this.scale.name());
			json.put("started", this.started.toString());
			json.put("seconds", Duration.between(this.started, Instant.now()).toSeconds());
			json.put("rows", this.rows);
			json.put("editorial", this.editorial);
			json.put("notes", this.notes);
			Files.writeString(DIR.resolve("figures.json"),
					ContractJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String markdown() {
		StringBuilder md = new StringBuilder();
		md.append(
				"| Scenario | Size | Sent | Stored | Published | Dead-lettered | Refused at the door | Lost | Duplicated | Seconds |\n");
		md.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		for (Row row : this.rows) {
			md.append("| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d |\n".formatted(row.scenario(), row.size(),
					row.sent(), row.stored(), row.published(), row.deadLettered(), row.refusedAtDoor(), row.lost(),
					row.duplicated(), row.seconds()));
		}
		if (!this.editorial.isEmpty()) {
			md.append("\n| Editorial check | Items | Counted | Must be |\n| --- | ---: | ---: | --- |\n");
			for (Editorial check : this.editorial) {
				md.append("| %s | %d | %d | %s |\n".formatted(check.check(), check.items(), check.counted(),
						check.mustBe()));
			}
		}
		md.append("\nScale `")
			.append(this.scale.name())
			.append("`, run started ")
			.append(this.started)
			.append(", ")
			.append(Duration.between(this.started, Instant.now()).toSeconds())
			.append(" s for the scenarios.\n");
		this.notes.forEach((name, value) -> md.append('\n').append(name).append(": ").append(value).append('\n'));
		return md.toString();
	}

	/**
	 * One editorial guarantee as the suite counted it.
	 *
	 * @param check what was counted
	 * @param items the items of the check
	 * @param counted how many
	 * @param mustBe what the guarantee requires, such as {@code 0}
	 */
	record Editorial(String check, int items, int counted, String mustBe) {
	}

	/**
	 * One scenario's figures.
	 *
	 * @param scenario what was done
	 * @param size how big the scenario was
	 * @param sent records sent, valid and hostile
	 * @param stored valid items stored at their newest revision
	 * @param published valid items published at their newest revision
	 * @param deadLettered records on a dead-letter topic with a reason
	 * @param refusedAtDoor records the producer refused (larger than the broker accepts)
	 * @param lost see {@link Tally#lost()}
	 * @param duplicated see {@link Tally#duplicated()}
	 * @param seconds how long the scenario took
	 */
	record Row(String scenario, String size, int sent, int stored, int published, int deadLettered, int refusedAtDoor,
			int lost, int duplicated, long seconds) {

		static Row of(String scenario, String size, int sent, int refusedAtDoor, Tally tally, Instant start) {
			return new Row(scenario, size, sent, tally.stored(), tally.published(), tally.deadLettered(), refusedAtDoor,
					tally.lost(), tally.duplicated(), Duration.between(start, Instant.now()).toSeconds());
		}

	}

}
