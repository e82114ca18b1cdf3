package ai.zimmer.loadtest.report;

/**
 * Where a run first broke its SLO and kept breaking it: the load the platform could not
 * carry any more.
 *
 * @param offsetSeconds seconds from the first response of the run
 * @param concurrentUsers virtual users active at that moment
 * @param responsesPerSecond throughput at that moment
 * @param p95Millis the 95th percentile of successful responses at that moment
 * @param p99Millis the 99th percentile of successful responses at that moment
 * @param errorPercent failed responses at that moment
 * @param bestResponsesPerSecondBefore the highest throughput seen before the knee
 */
public record Knee(long offsetSeconds, double concurrentUsers, double responsesPerSecond, double p95Millis,
		double p99Millis, double errorPercent, double bestResponsesPerSecondBefore) {
}
