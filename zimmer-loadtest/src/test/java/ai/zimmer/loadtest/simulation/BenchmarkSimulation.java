package ai.zimmer.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import ai.zimmer.loadtest.benchmark.BenchmarkComparison;
import ai.zimmer.loadtest.benchmark.BenchmarkHistory;
import ai.zimmer.loadtest.benchmark.BenchmarkHistory.BenchmarkRun;
import ai.zimmer.loadtest.report.RunSummary;
import ai.zimmer.loadtest.settings.BenchmarkSettings;
import ai.zimmer.loadtest.settings.SettingsReader;
import ai.zimmer.loadtest.settings.SloThresholds;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The benchmark of operations §9: the mixed journey and the in-memory baseline at the
 * same fixed arrival rate, in one run, so that their ratio means something even on a
 * noisy machine. Measurement, not a gate: no assertions.
 */
public class BenchmarkSimulation extends Simulation {

	/**
	 * Access tokens live 15 minutes; refreshing every 10 keeps every customer's token
	 * valid on long runs.
	 */
	private static final long TOKEN_REFRESH_MINUTES = 10;

	public BenchmarkSimulation() {
		BenchmarkSettings settings = BenchmarkSettings.read(SettingsReader.fromSystem());
		Console.line("Benchmark: " + settings.rate() + " requests/s each to the mixed journey and the baseline for "
				+ settings.duration().toSeconds() + " s against " + settings.target().baseUrl());
		TestData data = TestData.prepare(settings.target());
		MixedJourney mixed = new MixedJourney(new Requests(data.vendor()),
				data.warmedUpCustomers(settings.customers()));
		keepTokensFresh(mixed, data);
		ScenarioBuilder journey = scenario(BenchmarkComparison.MIXED_JOURNEY)
			.exec(group(BenchmarkComparison.MIXED_JOURNEY).on(mixed.oneRequest()));
		ScenarioBuilder baseline = scenario(BenchmarkComparison.BASELINE)
			.exec(exec(new Requests(data.vendor()).baseline()));
		setUp(journey.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration())),
				baseline.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration())))
			.protocols(Protocols.zimmer(settings.target().baseUrl()).shareConnections());
		SummaryOnExit.register(getClass(), description(settings), SloThresholds.OPERATIONS,
				(summary) -> compare(summary, settings));
	}

	private static void keepTokensFresh(MixedJourney mixed, TestData data) {
		ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "zimmer-token-refresh");
			thread.setDaemon(true);
			return thread;
		});
		refresher.scheduleAtFixedRate(() -> mixed.refreshAll(data.customers()), TOKEN_REFRESH_MINUTES,
				TOKEN_REFRESH_MINUTES, TimeUnit.MINUTES);
	}

	private static void compare(RunSummary summary, BenchmarkSettings settings) {
		BenchmarkComparison comparison = BenchmarkComparison.of(summary.statistics());
		Console.line("Benchmark results (" + settings.rate() + " requests/s each, revision " + settings.revision()
				+ "):\n" + comparison.table());
		settings.history().ifPresent((history) -> {
			try {
				new BenchmarkHistory(Clock.systemUTC()).append(history,
						BenchmarkRun.of(settings.rate(), settings.duration(), settings.revision()), comparison);
				Console.line("Row appended to " + history);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot append to " + history, ex);
			}
		});
	}

	private static Map<String, Object> description(BenchmarkSettings settings) {
		Map<String, Object> run = new TreeMap<>();
		run.put("simulation", "benchmark");
		run.put("model", "open");
		run.put("arrivals_per_second", settings.rate());
		run.put("duration_seconds", settings.duration().toSeconds());
		run.put("customers", settings.customers());
		run.put("revision", settings.revision());
		run.put("base_url", settings.target().baseUrl().toString());
		run.put("mixed_journey", List.copyOf(MixedJourney.WEIGHTS.keySet()));
		return run;
	}

}
