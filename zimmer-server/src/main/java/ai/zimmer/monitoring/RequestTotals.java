package ai.zimmer.monitoring;

/**
 * What the requests of one window add up to.
 *
 * @param requests requests completed in the window
 * @param errors those that failed on the server side (5xx or an exception)
 * @param latencies requests per {@link LatencyBuckets latency bucket}
 * @param windowMillis the window the totals cover
 */
record RequestTotals(long requests, long errors, long[] latencies, long windowMillis) {

	double requestsPerSecond() {
		return this.requests * 1000.0 / this.windowMillis;
	}

	/**
	 * Share of failed requests, 0 without traffic.
	 */
	double errorRatio() {
		return (this.requests > 0) ? (double) this.errors / this.requests : 0;
	}

	double percentileMillis(double quantile) {
		return LatencyBuckets.quantileMillis(this.latencies, quantile);
	}

}
