package ai.zimmer.monitoring;

import java.time.Duration;
import java.util.Objects;

/**
 * Thresholds, windows and hold durations of the built-in alert rules (operations.md §5),
 * under {@code zimmer.monitoring.alerts}. A rule fires when its condition has held for
 * {@code hold-for} at every evaluation, and resolves at the first evaluation where it no
 * longer holds. Unset values take the defaults below, which match the Prometheus rules in
 * {@code deploy/monitoring/}.
 *
 * @param enabled whether the built-in evaluator runs
 * @param evaluationInterval how often the rules are evaluated
 * @param minimumRequests requests a window needs before latency and error-rate rules
 * judge it (a single failed request is not a 100 % error rate)
 * @param recentCapacity how many past alert events {@code /api/monitoring/alerts} keeps
 * @param objective the availability objective the burn-rate rules protect (0.999)
 * @param latencyCritical P95 latency rule, default above 1 s over 1 min, held 5 min
 * @param latencyWarning P95 latency rule, default above 500 ms over 1 min, held 10 min
 * @param errorRateCritical error-rate rule, default above 10 % over 1 min, held 5 min
 * @param errorRateWarning error-rate rule, default above 5 % over 1 min, held 10 min
 * @param databaseDown database probe failing, default held 1 min
 * @param cacheDown cache probe failing, default held 1 min
 * @param cpu process CPU rule, default above 80 % on average over 1 min, held 10 min
 * @param memory heap rule, default above 90 % of the maximum over 1 min, held 10 min
 * @param connectionPool active share of the database pool, default above 80 % over 1 min,
 * held 5 min
 * @param burnRateCritical fast burn, default 14.4× the budget over 1 h and 5 min, held 2
 * min
 * @param burnRateWarning slow burn, default 6× the budget over 6 h and 30 min, held 15
 * min
 */
record AlertProperties(Boolean enabled, Duration evaluationInterval, Long minimumRequests, Integer recentCapacity,
		Double objective, LatencyRule latencyCritical, LatencyRule latencyWarning, RatioRule errorRateCritical,
		RatioRule errorRateWarning, HoldRule databaseDown, HoldRule cacheDown, RatioRule cpu, RatioRule memory,
		RatioRule connectionPool, BurnRateRule burnRateCritical, BurnRateRule burnRateWarning) {

	private static final Duration MINUTE = Duration.ofMinutes(1);

	AlertProperties {
		enabled = Objects.requireNonNullElse(enabled, Boolean.TRUE);
		evaluationInterval = Objects.requireNonNullElse(evaluationInterval, Duration.ofSeconds(15));
		minimumRequests = Objects.requireNonNullElse(minimumRequests, 20L);
		recentCapacity = Objects.requireNonNullElse(recentCapacity, 50);
		objective = Objects.requireNonNullElse(objective, 0.999);
		if (objective <= 0 || objective >= 1) {
			throw new IllegalArgumentException(
					"zimmer.monitoring.alerts.objective must be between 0 and 1 (exclusive)");
		}
		latencyCritical = LatencyRule.or(latencyCritical, Duration.ofSeconds(1), MINUTE, Duration.ofMinutes(5));
		latencyWarning = LatencyRule.or(latencyWarning, Duration.ofMillis(500), MINUTE, Duration.ofMinutes(10));
		errorRateCritical = RatioRule.or(errorRateCritical, 0.10, MINUTE, Duration.ofMinutes(5));
		errorRateWarning = RatioRule.or(errorRateWarning, 0.05, MINUTE, Duration.ofMinutes(10));
		databaseDown = HoldRule.or(databaseDown, MINUTE);
		cacheDown = HoldRule.or(cacheDown, MINUTE);
		cpu = RatioRule.or(cpu, 0.80, MINUTE, Duration.ofMinutes(10));
		memory = RatioRule.or(memory, 0.90, MINUTE, Duration.ofMinutes(10));
		connectionPool = RatioRule.or(connectionPool, 0.80, MINUTE, Duration.ofMinutes(5));
		burnRateCritical = BurnRateRule.or(burnRateCritical, 14.4, Duration.ofHours(1), Duration.ofMinutes(5),
				Duration.ofMinutes(2));
		burnRateWarning = BurnRateRule.or(burnRateWarning, 6.0, Duration.ofHours(6), Duration.ofMinutes(30),
				Duration.ofMinutes(15));
	}

	static AlertProperties defaults() {
		return new AlertProperties(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null);
	}

	/**
	 * A P95 latency rule.
	 *
	 * @param threshold P95 above which the rule holds
	 * @param window the sliding window the P95 is taken over
	 * @param holdFor how long it must hold before the alert fires
	 */
	record LatencyRule(Duration threshold, Duration window, Duration holdFor) {

		static LatencyRule or(LatencyRule rule, Duration threshold, Duration window, Duration holdFor) {
			LatencyRule given = (rule != null) ? rule : new LatencyRule(null, null, null);
			return new LatencyRule(Objects.requireNonNullElse(given.threshold, threshold),
					Objects.requireNonNullElse(given.window, window),
					Objects.requireNonNullElse(given.holdFor, holdFor));
		}

	}

	/**
	 * A rule on a ratio between 0 and 1 (error rate, CPU, memory, pool usage).
	 *
	 * @param threshold ratio above which the rule holds
	 * @param window the sliding window the ratio is taken over
	 * @param holdFor how long it must hold before the alert fires
	 */
	record RatioRule(Double threshold, Duration window, Duration holdFor) {

		static RatioRule or(RatioRule rule, double threshold, Duration window, Duration holdFor) {
			RatioRule given = (rule != null) ? rule : new RatioRule(null, null, null);
			return new RatioRule(Objects.requireNonNullElse(given.threshold, threshold),
					Objects.requireNonNullElse(given.window, window),
					Objects.requireNonNullElse(given.holdFor, holdFor));
		}

	}

	/**
	 * A rule on a dependency being down.
	 *
	 * @param holdFor how long it must be down before the alert fires
	 */
	record HoldRule(Duration holdFor) {

		static HoldRule or(HoldRule rule, Duration holdFor) {
			return new HoldRule((rule != null && rule.holdFor != null) ? rule.holdFor : holdFor);
		}

	}

	/**
	 * A multi-window burn-rate rule: the error ratio over both windows exceeds
	 * {@code factor} times the error budget ({@code 1 - objective}).
	 *
	 * @param factor how many times faster than sustainable the budget burns
	 * @param longWindow the long window (1 h or 6 h)
	 * @param shortWindow the short window that makes the alert resolve quickly (5 or 30
	 * min)
	 * @param holdFor how long it must hold before the alert fires
	 */
	record BurnRateRule(Double factor, Duration longWindow, Duration shortWindow, Duration holdFor) {

		static BurnRateRule or(BurnRateRule rule, double factor, Duration longWindow, Duration shortWindow,
				Duration holdFor) {
			BurnRateRule given = (rule != null) ? rule : new BurnRateRule(null, null, null, null);
			return new BurnRateRule(Objects.requireNonNullElse(given.factor, factor),
					Objects.requireNonNullElse(given.longWindow, longWindow),
					Objects.requireNonNullElse(given.shortWindow, shortWindow),
					Objects.requireNonNullElse(given.holdFor, holdFor));
		}

	}

}
