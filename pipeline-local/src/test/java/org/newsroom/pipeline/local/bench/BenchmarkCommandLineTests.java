package org.newsroom.pipeline.local.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.newsroom.pipeline.local.Flags;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkCommandLineTests {

	@Test
	void readsTheDocumentedFlags() {
		BenchmarkOptions options = BenchmarkOptions.parse(List.of("--events=500", "--rates=5,50", "--duration=2m",
				"--out=target/b.json", "--jfr=target/enrich.jfr"));

		assertThat(options.events()).isEqualTo(500);
		assertThat(options.rates()).containsExactly(5, 50);
		assertThat(options.duration()).isEqualTo(Duration.ofMinutes(2));
		assertThat(options.out()).isEqualTo(Path.of("target/b.json"));
		assertThat(options.jfr()).isEqualTo(Path.of("target/enrich.jfr"));
		assertThat(options.externalServices()).isFalse();
	}

	@Test
	void namesAWrongFlagAboveTheUsageAndRunsNothing() throws Exception {
		ByteArrayOutputStream printed = new ByteArrayOutputStream();

		int exit = Benchmark.run(new String[] { "--event=500" },
				new PrintStream(printed, true, StandardCharsets.UTF_8));

		assertThat(exit).isEqualTo(Flags.WRONG_USAGE);
		assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("Unknown argument: --event=500\n")
			.endsWith(BenchmarkOptions.USAGE);
	}

}
