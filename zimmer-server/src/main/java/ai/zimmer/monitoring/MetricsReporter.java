package ai.zimmer.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import ai.zimmer.monitoring.MetricsReport.Cpu;
import ai.zimmer.monitoring.MetricsReport.Jvm;
import ai.zimmer.monitoring.MetricsReport.Latency;
import ai.zimmer.monitoring.MetricsReport.Pool;
import ai.zimmer.monitoring.MetricsReport.Window;

import static ai.zimmer.monitoring.Figures.rounded;

/**
 * Builds the metrics report from the request recorder and the resource samples.
 */
class MetricsReporter {

	static final Map<String, Duration> WINDOWS = Map.of("1m", Duration.ofMinutes(1), "5m", Duration.ofMinutes(5));

	private final RequestRecorder requests;

	private final ResourceHistory resources;

	MetricsReporter(RequestRecorder requests, ResourceHistory resources) {
		this.requests = requests;
		this.resources = resources;
	}

	MetricsReport report() {
		Map<String, Window> windows = new LinkedHashMap<>();
		windows.put("1m", window(WINDOWS.get("1m")));
		windows.put("5m", window(WINDOWS.get("5m")));
		Optional<ResourceSample> latest = this.resources.latest();
		return new MetricsReport(this.requests.requestsSinceStart(), this.requests.errorsSinceStart(), windows,
				latest.map(MetricsReporter::pool).orElse(null), latest.map(MetricsReporter::jvm).orElse(null),
				latest.map(MetricsReporter::cpu).orElse(null),
				latest.map((sample) -> Instant.ofEpochMilli(sample.epochMillis()).toString()).orElse(null));
	}

	Window window(Duration duration) {
		RequestTotals totals = this.requests.window(duration);
		Latency latency = new Latency(rounded(totals.percentileMillis(0.50), 2),
				rounded(totals.percentileMillis(0.95), 2), rounded(totals.percentileMillis(0.99), 2));
		return new Window(totals.requests(), rounded(totals.requestsPerSecond(), 3), totals.errors(),
				rounded(totals.errorRatio(), 4), latency,
				rounded(this.resources.average(duration, ResourceSample::poolUsage), 4),
				rounded(this.resources.cacheHitRate(duration), 4),
				rounded(this.resources.average(duration, ResourceSample::processCpu), 4),
				rounded(this.resources.average(duration, ResourceSample::heapUsage), 4));
	}

	static Pool pool(ResourceSample sample) {
		return new Pool(rounded(sample.poolActive(), 0), rounded(sample.poolIdle(), 0), rounded(sample.poolMax(), 0),
				rounded(sample.poolPending(), 0), rounded(sample.poolUsage(), 4));
	}

	private static Jvm jvm(ResourceSample sample) {
		return new Jvm(rounded(sample.heapUsedBytes(), 0), rounded(sample.heapMaxBytes(), 0),
				rounded(sample.heapUsage(), 4));
	}

	private static Cpu cpu(ResourceSample sample) {
		return new Cpu(rounded(sample.processCpu(), 4), rounded(sample.systemCpu(), 4));
	}

}
