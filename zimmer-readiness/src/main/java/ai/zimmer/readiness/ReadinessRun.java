package ai.zimmer.readiness;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckResult;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.check.ReadinessSettings;
import ai.zimmer.readiness.report.ConsoleReport;
import ai.zimmer.readiness.report.RunReport;
import ai.zimmer.readiness.report.Scorecard;

/** Runs checks one after another against one deployment and scores them. */
final class ReadinessRun {

	private final List<Check> checks;

	private final ConsoleReport console;

	private final Clock clock;

	ReadinessRun(List<Check> checks, ConsoleReport console, Clock clock) {
		this.checks = List.copyOf(checks);
		this.console = console;
		this.clock = clock;
	}

	RunReport run(ReadinessSettings settings, int minScore, Map<String, Object> publishedSettings) {
		Instant started = this.clock.instant();
		CheckContext context = new CheckContext(settings, this.console::progress);
		List<CheckResult> results = new ArrayList<>();
		for (int i = 0; i < this.checks.size(); i++) {
			Check check = this.checks.get(i);
			this.console.started(i + 1, this.checks.size(), check.definition());
			CheckResult result = runOne(check, context);
			this.console.finished(result);
			results.add(result);
		}
		return new RunReport(settings.baseUrl(), started, this.clock.instant(), new Scorecard(results, minScore),
				publishedSettings);
	}

	private static CheckResult runOne(Check check, CheckContext context) {
		long started = System.nanoTime();
		Outcome outcome;
		try {
			outcome = check.run(context);
		}
		catch (RuntimeException ex) {
			outcome = Outcome.skipped("the checker itself failed, so nothing was proven: " + ex);
		}
		return new CheckResult(check.definition(), outcome, Duration.ofNanos(System.nanoTime() - started));
	}

}
