package org.newsroom.pipeline.local;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * How the launcher and the benchmark read their command lines: {@code --name=value}
 * flags, {@code --help}, and the usage printed with the reason when a flag is wrong.
 */
public final class Flags {

	/** The exit code of a wrong command line. */
	public static final int WRONG_USAGE = 2;

	private Flags() {
	}

	/**
	 * Reads a command line, or prints the usage: on {@code --help}, or after the reason a
	 * flag is wrong.
	 * @param args the command line
	 * @param parser reads the flags; throws {@link IllegalArgumentException} with the
	 * reason for a wrong one
	 * @param usage the usage text
	 * @param console where the usage goes
	 * @param <T> the options
	 * @return the options, or the exit code when the usage was printed instead
	 */
	public static <T> Parsed<T> parse(String[] args, Function<List<String>, T> parser, String usage,
			PrintStream console) {
		List<String> flags = Arrays.asList(args);
		if (flags.contains("--help")) {
			console.print(usage);
			return new Parsed<>(null, 0);
		}
		try {
			return new Parsed<>(parser.apply(flags), 0);
		}
		catch (IllegalArgumentException ex) {
			console.println(ex.getMessage());
			console.print(usage);
			return new Parsed<>(null, WRONG_USAGE);
		}
	}

	/**
	 * Splits one {@code --name=value} flag.
	 * @param arg the flag
	 * @return its name and value
	 * @throws IllegalArgumentException if it has no {@code --} or no value
	 */
	public static Flag flag(String arg) {
		int equals = arg.indexOf('=');
		if (!arg.startsWith("--") || equals < 0) {
			throw new IllegalArgumentException("Unknown argument: " + arg);
		}
		return new Flag(arg.substring(2, equals), arg.substring(equals + 1));
	}

	/**
	 * One {@code --name=value} flag.
	 *
	 * @param name the name, without {@code --}
	 * @param value what follows {@code =}
	 */
	public record Flag(String name, String value) {

		/**
		 * The error for a flag no option has.
		 * @return the exception to throw
		 */
		public IllegalArgumentException unknown() {
			return new IllegalArgumentException("Unknown argument: --" + this.name + "=" + this.value);
		}

	}

	/**
	 * A command line read.
	 *
	 * @param options the options, or {@code null} when the usage was printed
	 * @param exitCode the exit code when the usage was printed
	 * @param <T> the options
	 */
	public record Parsed<T>(T options, int exitCode) {

		/**
		 * Whether there are options to run with.
		 * @return {@code false} when the usage was printed instead
		 */
		public boolean ok() {
			return this.options != null;
		}

	}

}
