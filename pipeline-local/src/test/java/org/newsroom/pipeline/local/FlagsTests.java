package org.newsroom.pipeline.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlagsTests {

	private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	private final PrintStream console = new PrintStream(this.printed, true, StandardCharsets.UTF_8);

	@Test
	void printsTheUsageOnHelpAndStartsNothing() throws InterruptedException {
		assertThat(LocalPipeline.run(new String[] { "--help" }, this.console)).isZero();
		assertThat(printed()).isEqualTo(CommandLine.USAGE);
	}

	@Test
	void namesAWrongFlagAboveTheUsageAndExitsWithTwo() throws InterruptedException {
		assertThat(LocalPipeline.run(new String[] { "--no-demo", "--kafak=localhost:9092" }, this.console))
			.isEqualTo(Flags.WRONG_USAGE);
		assertThat(printed()).startsWith("Unknown argument: --kafak=localhost:9092\n").endsWith(CommandLine.USAGE);
	}

	@Test
	void refusesAFlagWithoutAValue() {
		Flags.Parsed<Flags.Flag> parsed = Flags.parse(new String[] { "--events" }, (flags) -> Flags.flag(flags.get(0)),
				"usage\n", this.console);

		assertThat(parsed.ok()).isFalse();
		assertThat(printed()).isEqualTo("Unknown argument: --events\nusage\n");
	}

	@Test
	void splitsAFlagAtItsFirstEqualsSign() {
		assertThat(Flags.flag("--mongodb=mongodb://db:27017/?w=majority"))
			.isEqualTo(new Flags.Flag("mongodb", "mongodb://db:27017/?w=majority"));
	}

	private String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

}
