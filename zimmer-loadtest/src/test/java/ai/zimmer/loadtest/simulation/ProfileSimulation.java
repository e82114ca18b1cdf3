package ai.zimmer.loadtest.simulation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.zimmer.loadtest.customer.CustomerPool;
import ai.zimmer.loadtest.settings.LoadModel;
import ai.zimmer.loadtest.settings.LoadSettings;
import ai.zimmer.loadtest.settings.SettingsReader;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The load profiles of operations §3, selected and tuned with
 * {@code -Dprofile -Dusers -Dduration -DbaseUrl
 * -Dmodel -Drate}; gated on the SLO; {@code summary.json} next to the HTML report.
 */
public class ProfileSimulation extends Simulation {

	/**
	 * Visits still running when the injection ends get this long to finish before Gatling
	 * stops them.
	 */
	private static final Duration VISIT_GRACE = Duration.ofMinutes(2);

	public ProfileSimulation() {
		LoadSettings settings = LoadSettings.read(SettingsReader.fromSystem());
		Console.line("Profile " + settings.describe());
		TestData data = TestData.prepare(settings.target());
		CustomerPool pool = new CustomerPool();
		data.warmedUpCustomers(settings.warmUpCustomers()).forEach(pool::checkIn);
		Requests requests = new Requests(data.vendor());
		ScenarioBuilder visits = new Visits(requests, pool, data.run(), settings.thinkTime()).scenario();
		setUp(population(visits, settings)).protocols(Protocols.zimmer(settings.target().baseUrl()))
			.assertions(SloGate.assertions(settings.slo()))
			.maxDuration(settings.duration().plus(VISIT_GRACE));
		SummaryOnExit.register(getClass(), description(settings, data), settings.slo());
	}

	private static PopulationBuilder population(ScenarioBuilder visits, LoadSettings settings) {
		if (settings.model() == LoadModel.CLOSED) {
			return visits.injectClosed(Injection.closed(settings.shape()));
		}
		return visits.injectOpen(Injection.open(settings.shape()));
	}

	private static Map<String, Object> description(LoadSettings settings, TestData data) {
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("simulation", "profile");
		run.put("profile", settings.profile().id());
		run.put("model", settings.model().id());
		run.put((settings.model() == LoadModel.CLOSED) ? "users" : "arrivals_per_second",
				(settings.model() == LoadModel.CLOSED) ? settings.users() : settings.rate());
		run.put("duration_seconds", settings.duration().toSeconds());
		run.put("think_time_ms", settings.thinkTime().toMillis());
		run.put("base_url", settings.target().baseUrl().toString());
		run.put("run_id", data.run().id());
		Map<String, Object> slo = new LinkedHashMap<>();
		slo.put("p95_ms", settings.slo().p95Millis());
		slo.put("p99_ms", settings.slo().p99Millis());
		slo.put("max_error_percent", settings.slo().maxErrorPercent());
		slo.put("min_rps", settings.slo().minRequestsPerSecond());
		run.put("slo", slo);
		return run;
	}

}
