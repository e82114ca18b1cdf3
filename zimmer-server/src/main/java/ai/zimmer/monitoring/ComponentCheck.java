package ai.zimmer.monitoring;

import java.time.Instant;

/**
 * The result of one probe of a dependency.
 *
 * @param up whether it answered correctly within the probe timeout
 * @param roundTripMillis how long the probe took
 * @param checkedAt when the probe ran
 * @param problem why it is down (exception type and message), empty when up
 */
record ComponentCheck(boolean up, double roundTripMillis, Instant checkedAt, String problem) {

	static ComponentCheck up(long startNanos, Instant checkedAt) {
		return new ComponentCheck(true, millisSince(startNanos), checkedAt, "");
	}

	static ComponentCheck down(long startNanos, Instant checkedAt, Exception failure) {
		String problem = failure.getClass().getSimpleName()
				+ ((failure.getMessage() != null) ? ": " + failure.getMessage() : "");
		return new ComponentCheck(false, millisSince(startNanos), checkedAt, problem);
	}

	String status() {
		return this.up ? "up" : "down";
	}

	private static double millisSince(long startNanos) {
		return Math.round((System.nanoTime() - startNanos) / 10_000.0) / 100.0;
	}

}
