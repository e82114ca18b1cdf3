package ai.zimmer.loadtest.simulation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import ai.zimmer.loadtest.report.ReportDirectory;
import ai.zimmer.loadtest.report.RunSummary;
import ai.zimmer.loadtest.report.SummaryWriter;
import ai.zimmer.loadtest.settings.SloThresholds;

/**
 * Writes {@code summary.json} once Gatling has written its HTML report. Gatling offers no
 * hook after report generation and exits its JVM right after it, so a shutdown hook is
 * the last point where the report exists and the run's settings are still known; it runs
 * whether the gates passed or not.
 */
final class SummaryOnExit {

	/**
	 * Set by the module's pom to the plugin's results folder; the JVM's working directory
	 * is the reactor root.
	 */
	private static final String RESULTS_FOLDER = "zimmer.resultsFolder";

	private SummaryOnExit() {
	}

	static void register(Class<?> simulation, Map<String, Object> run, SloThresholds slo) {
		register(simulation, run, slo, (summary) -> {
		});
	}

	static void register(Class<?> simulation, Map<String, Object> run, SloThresholds slo,
			Consumer<RunSummary> afterwards) {
		Instant started = Instant.now();
		Path results = Path.of(System.getProperty(RESULTS_FOLDER, "zimmer-loadtest/target/gatling"));
		Thread hook = new Thread(() -> write(results, simulation.getSimpleName(), started, run, slo, afterwards),
				"zimmer-summary");
		Runtime.getRuntime().addShutdownHook(hook);
	}

	private static void write(Path results, String simulation, Instant started, Map<String, Object> run,
			SloThresholds slo, Consumer<RunSummary> afterwards) {
		try {
			var report = ReportDirectory.newest(results, simulation, started);
			if (report.isEmpty()) {
				Console.problem("No report of this run in " + results + ": no summary.json written");
				return;
			}
			RunSummary summary = SummaryWriter.write(report.get(), run, slo);
			Console.line("Summary written to " + report.get().resolve(SummaryWriter.FILE_NAME));
			summary.knee()
				.ifPresent((knee) -> Console.line("SLO knee at +" + knee.offsetSeconds() + " s: "
						+ Math.round(knee.concurrentUsers()) + " concurrent users, " + knee.responsesPerSecond()
						+ " responses/s (best before: " + knee.bestResponsesPerSecondBefore() + "), P95 "
						+ knee.p95Millis() + " ms, P99 " + knee.p99Millis() + " ms, errors "
						+ Math.round(knee.errorPercent() * 100) / 100.0 + " %"));
			afterwards.accept(summary);
		}
		catch (Exception ex) {
			Console.problem("Could not write summary.json: " + ex);
		}
	}

}
