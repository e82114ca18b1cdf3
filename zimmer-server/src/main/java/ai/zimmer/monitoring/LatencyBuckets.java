package ai.zimmer.monitoring;

import java.util.Arrays;

/**
 * Fixed latency buckets shared by every recorded window: twenty per decade from 10 µs to
 * 90 s (and one above), so that percentiles are accurate to a few percent and the SLO
 * boundaries (200 ms, 500 ms, 1 s) are exact bucket edges.
 */
final class LatencyBuckets {

	private static final double[] MANTISSAS = { 1.0, 1.12, 1.25, 1.4, 1.6, 1.8, 2.0, 2.25, 2.5, 2.8, 3.2, 3.6, 4.0, 4.5,
			5.0, 5.6, 6.3, 7.1, 8.0, 9.0 };

	private static final long[] UPPER_BOUNDS_NANOS = upperBounds();

	/**
	 * Number of buckets, the last one open-ended.
	 */
	static final int COUNT = UPPER_BOUNDS_NANOS.length + 1;

	private LatencyBuckets() {
	}

	static int indexOf(long nanos) {
		int found = Arrays.binarySearch(UPPER_BOUNDS_NANOS, nanos);
		return (found >= 0) ? found : -found - 1;
	}

	/**
	 * Estimates a quantile by linear interpolation inside the bucket that holds it.
	 * @param counts requests per bucket
	 * @param quantile between 0 and 1
	 * @return the latency in milliseconds, 0 when nothing was recorded
	 */
	static double quantileMillis(long[] counts, double quantile) {
		long total = Arrays.stream(counts).sum();
		if (total == 0) {
			return 0;
		}
		long rank = Math.max(1, (long) Math.ceil(quantile * total));
		long seen = 0;
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0 && seen + counts[i] >= rank) {
				double within = (double) (rank - seen) / counts[i];
				return (lower(i) + within * (upper(i) - lower(i))) / 1_000_000.0;
			}
			seen += counts[i];
		}
		return upper(counts.length - 1) / 1_000_000.0;
	}

	private static double lower(int index) {
		return (index == 0) ? 0 : UPPER_BOUNDS_NANOS[index - 1];
	}

	private static double upper(int index) {
		return (index < UPPER_BOUNDS_NANOS.length) ? UPPER_BOUNDS_NANOS[index]
				: UPPER_BOUNDS_NANOS[UPPER_BOUNDS_NANOS.length - 1];
	}

	private static long[] upperBounds() {
		int decades = 7;
		long[] bounds = new long[decades * MANTISSAS.length];
		long decade = 10_000;
		for (int d = 0; d < decades; d++) {
			for (int m = 0; m < MANTISSAS.length; m++) {
				bounds[d * MANTISSAS.length + m] = Math.round(MANTISSAS[m] * decade);
			}
			decade *= 10;
		}
		return bounds;
	}

}
