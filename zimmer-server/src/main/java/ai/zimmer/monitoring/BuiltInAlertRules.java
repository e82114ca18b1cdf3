package ai.zimmer.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import ai.zimmer.monitoring.AlertProperties.BurnRateRule;
import ai.zimmer.monitoring.AlertProperties.HoldRule;
import ai.zimmer.monitoring.AlertProperties.LatencyRule;
import ai.zimmer.monitoring.AlertProperties.RatioRule;
import ai.zimmer.monitoring.AlertRule.Evaluation;

/**
 * The alert table of operations.md §5, built from the configured thresholds over the
 * server's own measurements.
 */
final class BuiltInAlertRules {

	private final AlertProperties settings;

	private final RequestRecorder requests;

	private final ResourceHistory resources;

	private final DependencyStatus dependencies;

	private BuiltInAlertRules(AlertProperties settings, RequestRecorder requests, ResourceHistory resources,
			DependencyStatus dependencies) {
		this.settings = settings;
		this.requests = requests;
		this.resources = resources;
		this.dependencies = dependencies;
	}

	static List<AlertRule> create(AlertProperties settings, RequestRecorder requests, ResourceHistory resources,
			DependencyStatus dependencies) {
		return new BuiltInAlertRules(settings, requests, resources, dependencies).rules();
	}

	private List<AlertRule> rules() {
		AlertProperties s = this.settings;
		return List.of(latency("latency_p95_critical", Severity.CRITICAL, s.latencyCritical()),
				errorRate("error_rate_critical", Severity.CRITICAL, s.errorRateCritical()),
				down("database_down", "Database down", s.databaseDown(), this::databaseDown),
				down("cache_down", "Cache down", s.cacheDown(), this::cacheDown),
				burnRate("error_budget_burn_critical", Severity.CRITICAL, s.burnRateCritical()),
				latency("latency_p95_warning", Severity.WARNING, s.latencyWarning()),
				errorRate("error_rate_warning", Severity.WARNING, s.errorRateWarning()),
				resource("cpu_high", "High CPU", s.cpu(), ResourceSample::processCpu),
				resource("memory_high", "High heap memory", s.memory(), ResourceSample::heapUsage),
				resource("connection_pool_high", "Connection pool saturated", s.connectionPool(),
						ResourceSample::poolUsage),
				burnRate("error_budget_burn_warning", Severity.WARNING, s.burnRateWarning()));
	}

	private AlertRule latency(String id, Severity severity, LatencyRule rule) {
		double thresholdMillis = rule.threshold().toMillis();
		return new AlertRule(id, "High latency", severity, rule.holdFor(), () -> {
			RequestTotals totals = this.requests.window(rule.window());
			double p95 = totals.percentileMillis(0.95);
			return Evaluation.of(enoughTraffic(totals) && p95 > thresholdMillis,
					format("P95 %.0f ms over %s (threshold %.0f ms, %d requests)", p95, words(rule.window()),
							thresholdMillis, totals.requests()));
		});
	}

	private AlertRule errorRate(String id, Severity severity, RatioRule rule) {
		return new AlertRule(id, "High error rate", severity, rule.holdFor(), () -> {
			RequestTotals totals = this.requests.window(rule.window());
			return Evaluation.of(enoughTraffic(totals) && totals.errorRatio() > rule.threshold(),
					format("%.1f %% of %d requests failed over %s (threshold %.1f %%)", totals.errorRatio() * 100,
							totals.requests(), words(rule.window()), rule.threshold() * 100));
		});
	}

	private AlertRule burnRate(String id, Severity severity, BurnRateRule rule) {
		double budget = 1 - this.settings.objective();
		double limit = rule.factor() * budget;
		return new AlertRule(id, "Error budget burning", severity, rule.holdFor(), () -> {
			RequestTotals longWindow = this.requests.window(rule.longWindow());
			RequestTotals shortWindow = this.requests.window(rule.shortWindow());
			boolean holds = enoughTraffic(shortWindow) && longWindow.errorRatio() > limit
					&& shortWindow.errorRatio() > limit;
			return Evaluation.of(holds,
					format("burn rate %.1f× over %s and %.1f× over %s (threshold %.1f× of a %.2f %% budget)",
							longWindow.errorRatio() / budget, words(rule.longWindow()),
							shortWindow.errorRatio() / budget, words(rule.shortWindow()), rule.factor(), budget * 100));
		});
	}

	private AlertRule resource(String id, String title, RatioRule rule, ToDoubleFunction<ResourceSample> value) {
		return new AlertRule(id, title, Severity.WARNING, rule.holdFor(), () -> {
			OptionalDouble average = this.resources.average(rule.window(), value);
			return Evaluation.of(average.isPresent() && average.getAsDouble() > rule.threshold(),
					format("%.0f %% on average over %s (threshold %.0f %%)", average.orElse(Double.NaN) * 100,
							words(rule.window()), rule.threshold() * 100));
		});
	}

	private AlertRule down(String id, String title, HoldRule rule, Supplier<Evaluation> check) {
		return new AlertRule(id, title, Severity.CRITICAL, rule.holdFor(), check);
	}

	private Evaluation databaseDown() {
		return this.dependencies.database()
			.map((check) -> Evaluation.of(!check.ready(),
					check.ready() ? "database answers" : "database probe failed: " + describe(check)))
			.orElse(Evaluation.of(false, "database not probed yet"));
	}

	private Evaluation cacheDown() {
		return this.dependencies.cache()
			.map((check) -> Evaluation.of(!check.up(),
					check.up() ? "cache answers" : "cache probe failed: " + check.problem()))
			.orElse(Evaluation.of(false, "no cache configured"));
	}

	private static String describe(DatabaseCheck check) {
		return check.connection().up() ? "migrations pending" : check.connection().problem();
	}

	private boolean enoughTraffic(RequestTotals totals) {
		return totals.requests() >= this.settings.minimumRequests();
	}

	private static String words(Duration window) {
		return (window.toSeconds() % 3600 == 0) ? window.toHours() + " h"
				: (window.toSeconds() % 60 == 0) ? window.toMinutes() + " min" : window.toSeconds() + " s";
	}

	private static String format(String pattern, Object... values) {
		return String.format(Locale.ROOT, pattern, values);
	}

}
