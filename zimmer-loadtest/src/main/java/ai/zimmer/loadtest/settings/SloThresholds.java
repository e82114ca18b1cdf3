package ai.zimmer.loadtest.settings;

/**
 * The service-level objectives a run is gated on (operations §1), globally and per
 * request type.
 *
 * @param p95Millis the 95th percentile of response time must stay below this
 * @param p99Millis the 99th percentile of response time must stay below this
 * @param maxErrorPercent the share of failed requests (5xx, timeouts, connection
 * failures, unexpected answers) must stay below this
 * @param minRequestsPerSecond the mean throughput must reach this; 0 switches the floor
 * off
 */
public record SloThresholds(int p95Millis, int p99Millis, double maxErrorPercent, double minRequestsPerSecond) {

	public static final SloThresholds OPERATIONS = new SloThresholds(200, 500, 1.0, 0);

	public SloThresholds {
		require(p95Millis > 0, "-Dp95Ms=" + p95Millis + " must be a positive number of milliseconds");
		require(p99Millis > 0, "-Dp99Ms=" + p99Millis + " must be a positive number of milliseconds");
		require(maxErrorPercent > 0 && maxErrorPercent <= 100,
				"-DmaxErrorPercent=" + maxErrorPercent + " must be above 0 and at most 100");
		require(minRequestsPerSecond >= 0, "-DminRps=" + minRequestsPerSecond + " must be 0 (off) or positive");
	}

	public boolean hasThroughputFloor() {
		return this.minRequestsPerSecond > 0;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new InvalidSettingException(message);
		}
	}

}
