package ai.zimmer.monitoring;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;

import static ai.zimmer.monitoring.Figures.rounded;

/**
 * Per-route performance since start, read from the {@code http.server.requests} timers
 * (the same numbers Prometheus scrapes), with the share of requests inside the SLO
 * boundaries; plus the sliding windows of the request recorder.
 */
class PerformanceReporter {

	private static final int ROUTE_LIMIT = 50;

	private final MeterRegistry registry;

	private final MetricsReporter metrics;

	PerformanceReporter(MeterRegistry registry, MetricsReporter metrics) {
		this.registry = registry;
		this.metrics = metrics;
	}

	Map<String, Object> report() {
		Map<String, Object> report = new LinkedHashMap<>();
		Map<String, Object> windows = new LinkedHashMap<>();
		MetricsReporter.WINDOWS.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByValue())
			.forEach((window) -> windows.put(window.getKey(), this.metrics.window(window.getValue())));
		report.put("windows", windows);
		report.put("routes", routes());
		return report;
	}

	private List<Map<String, Object>> routes() {
		Map<String, List<Timer>> byRoute = this.registry.find("http.server.requests")
			.timers()
			.stream()
			.collect(Collectors
				.groupingBy((timer) -> timer.getId().getTag("method") + " " + timer.getId().getTag("uri")));
		return byRoute.entrySet()
			.stream()
			.map((route) -> route(route.getKey(), route.getValue()))
			.sorted(Comparator.comparing((Map<String, Object> route) -> (Long) route.get("requests")).reversed())
			.limit(ROUTE_LIMIT)
			.toList();
	}

	private static Map<String, Object> route(String route, List<Timer> timers) {
		long requests = 0;
		long errors = 0;
		double totalMillis = 0;
		double maxMillis = 0;
		double within200 = 0;
		double within500 = 0;
		for (Timer timer : timers) {
			HistogramSnapshot snapshot = timer.takeSnapshot();
			requests += snapshot.count();
			totalMillis += snapshot.total(TimeUnit.MILLISECONDS);
			maxMillis = Math.max(maxMillis, snapshot.max(TimeUnit.MILLISECONDS));
			within200 += countWithin(snapshot, 200);
			within500 += countWithin(snapshot, 500);
			String status = timer.getId().getTag("status");
			errors += (status != null && status.startsWith("5")) ? snapshot.count() : 0;
		}
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("route", route);
		figures.put("requests", requests);
		figures.put("errors", errors);
		figures.put("mean_ms", (requests > 0) ? rounded(totalMillis / requests, 2) : null);
		figures.put("max_ms", rounded(maxMillis, 2));
		figures.put("within_200ms", (requests > 0) ? rounded(within200 / requests, 4) : null);
		figures.put("within_500ms", (requests > 0) ? rounded(within500 / requests, 4) : null);
		return figures;
	}

	private static double countWithin(HistogramSnapshot snapshot, double millis) {
		for (CountAtBucket bucket : snapshot.histogramCounts()) {
			if (bucket.bucket(TimeUnit.MILLISECONDS) == millis) {
				return bucket.count();
			}
		}
		return Double.NaN;
	}

}
