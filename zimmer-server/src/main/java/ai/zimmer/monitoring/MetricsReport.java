package ai.zimmer.monitoring;

import java.util.Map;

/**
 * The answer of {@code /api/monitoring/metrics}: counters since start, sliding windows,
 * and resource usage at the last sample. Ratios are between 0 and 1; {@code null} means
 * not measured yet.
 *
 * @param requestsTotal requests served since start
 * @param errorsTotal of those, server-side failures (5xx, timeouts, exceptions)
 * @param windows measurements over the last minute ({@code 1m}) and five minutes
 * ({@code 5m})
 * @param connectionPool the database pool at the last sample
 * @param jvm heap memory at the last sample
 * @param cpu CPU usage at the last sample
 * @param sampledAt when resources were last sampled
 */
record MetricsReport(long requestsTotal, long errorsTotal, Map<String, Window> windows, Pool connectionPool, Jvm jvm,
		Cpu cpu, String sampledAt) {

	/**
	 * Measurements over one sliding window.
	 *
	 * @param requestCount requests completed in the window
	 * @param requestRate requests per second
	 * @param errorCount server-side failures
	 * @param errorRate failures as a share of requests
	 * @param latencyMs latency percentiles
	 * @param connectionPoolUsage average share of pool connections in use
	 * @param cacheHitRate share of cache gets that hit
	 * @param processCpuUsage average CPU share of this process
	 * @param heapUsage average share of the maximum heap in use
	 */
	record Window(long requestCount, Double requestRate, long errorCount, Double errorRate, Latency latencyMs,
			Double connectionPoolUsage, Double cacheHitRate, Double processCpuUsage, Double heapUsage) {

	}

	/**
	 * Latency percentiles in milliseconds, estimated from fine-grained buckets.
	 */
	record Latency(Double p50, Double p95, Double p99) {

	}

	/**
	 * The database connection pool.
	 */
	record Pool(Double active, Double idle, Double max, Double pending, Double usage) {

	}

	/**
	 * Heap memory.
	 */
	record Jvm(Double heapUsedBytes, Double heapMaxBytes, Double heapUsage) {

	}

	/**
	 * CPU usage of the process and of the whole machine.
	 */
	record Cpu(Double processUsage, Double systemUsage) {

	}

}
