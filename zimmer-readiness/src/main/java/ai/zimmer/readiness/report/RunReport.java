package ai.zimmer.readiness.report;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import ai.zimmer.readiness.check.CheckResult;

/**
 * Everything a finished run reports.
 *
 * @param target the base URL checked
 * @param startedAt when the run started
 * @param finishedAt when it finished
 * @param scorecard the results with score and verdict
 * @param settings the run's settings as published (never secrets)
 */
public record RunReport(URI target, Instant startedAt, Instant finishedAt, Scorecard scorecard,
		Map<String, Object> settings) {

	public RunReport {
		settings = Map.copyOf(settings);
	}

	public List<CheckResult> results() {
		return this.scorecard.results();
	}

	public Duration elapsed() {
		return Duration.between(this.startedAt, this.finishedAt);
	}

}
