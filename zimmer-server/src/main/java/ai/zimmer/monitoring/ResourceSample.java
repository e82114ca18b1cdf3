package ai.zimmer.monitoring;

/**
 * Resource usage at one moment. Ratios are between 0 and 1 and {@code NaN} when unknown;
 * cache counters are cumulative.
 *
 * @param epochMillis when it was taken
 * @param processCpu CPU used by this process, as a share of all cores
 * @param systemCpu CPU used by the whole machine
 * @param heapUsedBytes heap in use
 * @param heapMaxBytes the heap's maximum size
 * @param poolActive database connections in use
 * @param poolIdle idle database connections
 * @param poolMax the pool's maximum size
 * @param poolPending threads waiting for a connection
 * @param cacheHits cache hits since start
 * @param cacheMisses cache misses since start
 */
record ResourceSample(long epochMillis, double processCpu, double systemCpu, double heapUsedBytes, double heapMaxBytes,
		double poolActive, double poolIdle, double poolMax, double poolPending, double cacheHits, double cacheMisses) {

	double heapUsage() {
		return (this.heapMaxBytes > 0) ? this.heapUsedBytes / this.heapMaxBytes : Double.NaN;
	}

	double poolUsage() {
		return (this.poolMax > 0) ? this.poolActive / this.poolMax : Double.NaN;
	}

}
