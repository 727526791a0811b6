package org.newsroom.pipeline.support.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test-only crash points inside the stage protocol. A point is armed by naming it in
 * {@code pipeline.fault-point}, or, for a running process, by writing its name into the
 * file {@code pipeline.fault-point-file} names. The process halts there the first time a
 * poll that changed something reaches it, as abruptly as a kill: no shutdown hooks, no
 * commit, no clean close. Both settings are unset in every real deployment, so each check
 * is one comparison.
 */
public final class FaultPoints {

	/** The exit code of a halt at a fault point. */
	public static final int EXIT_CODE = 86;

	private static final Logger logger = LoggerFactory.getLogger(FaultPoints.class);

	private final Point armed;

	private final Path file;

	private final ThreadLocal<Boolean> changedPoll = ThreadLocal.withInitial(() -> false);

	/**
	 * Creates the fault points.
	 * @param armed the point to halt at, or {@code null} or blank for none
	 * @param file a file that may name the point to halt at, or {@code null} or blank for
	 * none; it is deleted when the point is reached
	 */
	public FaultPoints(String armed, String file) {
		this.armed = (armed == null || armed.isBlank()) ? null : Point.of(armed);
		this.file = (file == null || file.isBlank()) ? null : Path.of(file);
	}

	/**
	 * Halts the process if this point is armed.
	 * @param point the point reached
	 */
	void reached(Point point) {
		if (point == this.armed || (this.file != null && armedInFile(point))) {
			logger.error("Fault point {} reached: halting the process", point.label());
			Runtime.getRuntime().halt(EXIT_CODE);
		}
	}

	/**
	 * Notes that this thread's poll changed something, so its commit is a fault point.
	 */
	void beforeCommit() {
		this.changedPoll.set(true);
	}

	/**
	 * Called once this thread's transaction committed; halts if
	 * {@link Point#AFTER_COMMIT} is armed and the poll changed something.
	 */
	void committed() {
		if (this.changedPoll.get()) {
			this.changedPoll.set(false);
			reached(Point.AFTER_COMMIT);
		}
	}

	private boolean armedInFile(Point point) {
		try {
			if (!Files.exists(this.file) || !point.label().equals(Files.readString(this.file).trim())) {
				return false;
			}
			Files.delete(this.file);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The windows of the stage protocol. */
	public enum Point {

		/** After the bulk write, before any send. */
		AFTER_WRITE,

		/** After the sends, before the broker acknowledged them. */
		AFTER_SEND,

		/** After every acknowledgement, before the transaction commits. */
		AFTER_ACK,

		/** After the transaction with the offsets committed, before the next poll. */
		AFTER_COMMIT;

		String label() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Point of(String label) {
			return valueOf(label.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
		}

	}

}
