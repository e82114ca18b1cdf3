package ai.zimmer.loadtest.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out {@code summary.json}: snake_case keys, times in milliseconds, rates per
 * second.
 */
public final class SummaryJson {

	private SummaryJson() {
	}

	public static String write(RunSummary summary) {
		ReportStatistics statistics = summary.statistics();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("report", summary.report().getFileName().toString());
		json.put("run", new TreeMap<>(summary.run()));
		json.put("passed", statistics.gatesPassed().orElse(null));
		json.put("assertions", assertions(statistics));
		json.put("global", figures(statistics.global()));
		json.put("requests", statistics.rows().stream().map(SummaryJson::row).toList());
		json.put("errors", statistics.errors().stream().map(SummaryJson::error).toList());
		json.put("knee", summary.knee().map(SummaryJson::knee).orElse(null));
		return Json.write(json);
	}

	private static List<Object> assertions(ReportStatistics statistics) {
		List<Object> assertions = new ArrayList<>();
		for (AssertionResult result : statistics.assertions()) {
			Map<String, Object> assertion = new LinkedHashMap<>();
			assertion.put("description", result.description());
			assertion.put("passed", result.passed());
			assertions.add(assertion);
		}
		return assertions;
	}

	private static Map<String, Object> row(RequestStatistics statistics) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", statistics.name());
		row.put("groups", statistics.path());
		row.put("kind", statistics.group() ? "group" : "request");
		row.putAll(figures(statistics));
		return row;
	}

	private static Map<String, Object> figures(RequestStatistics statistics) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("requests", statistics.requests());
		figures.put("ok", statistics.ok());
		figures.put("ko", statistics.ko());
		figures.put("error_rate_percent", statistics.errorPercent());
		figures.put("rps", statistics.requestsPerSecond());
		figures.put("min_ms", statistics.minMillis());
		figures.put("p50_ms", statistics.p50Millis());
		figures.put("p75_ms", statistics.p75Millis());
		figures.put("p95_ms", statistics.p95Millis());
		figures.put("p99_ms", statistics.p99Millis());
		figures.put("max_ms", statistics.maxMillis());
		figures.put("mean_ms", statistics.meanMillis());
		return figures;
	}

	private static Map<String, Object> error(ErrorCount error) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("message", error.message());
		json.put("count", error.count());
		json.put("percent", error.percent());
		return json;
	}

	private static Map<String, Object> knee(Knee knee) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("offset_seconds", knee.offsetSeconds());
		json.put("concurrent_users", knee.concurrentUsers());
		json.put("rps", knee.responsesPerSecond());
		json.put("p95_ms", knee.p95Millis());
		json.put("p99_ms", knee.p99Millis());
		json.put("error_rate_percent", knee.errorPercent());
		json.put("best_rps_before", knee.bestResponsesPerSecondBefore());
		return json;
	}

}
