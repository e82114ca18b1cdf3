package ai.zimmer.readiness.monitoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;

/**
 * Database and cache round trips, both as the deployment reports them and as a client
 * observes a cheap request that needs the database.
 */
public final class DependencyRoundTripCheck implements Check {

	static final double DATABASE_LIMIT_MS = 50;

	static final double CACHE_LIMIT_MS = 20;

	static final double OBSERVED_LIMIT_MS = 100;

	private static final int SAMPLES = 5;

	private static final CheckDefinition DEFINITION = new CheckDefinition("dependencies.round-trip",
			"Database and cache round trip", 5, false,
			"health reports database up with round trip <= " + (int) DATABASE_LIMIT_MS + " ms and cache up with "
					+ "round trip <= " + (int) CACHE_LIMIT_MS + " ms; median of " + SAMPLES + " GET /readyz (and GET "
					+ "/api/user/automations when signed in) <= " + (int) OBSERVED_LIMIT_MS + " ms",
			"Slow or failing dependencies show here before they show as latency under load.",
			"Look at the database and cache hosts (network distance, pool exhaustion, slow queries); report the "
					+ "round trips in /api/monitoring/health, to staff if not publicly.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		MonitoringAccess access = new MonitoringAccess(context);
		HealthReport health = HealthReport.of(access.get(MonitoringAccess.HEALTH).json());
		Optional<HealthReport.Component> database = health.component("database", "postgres", "db");
		Optional<HealthReport.Component> cache = health.component("cache", "redis");
		List<Finding> findings = new ArrayList<>();
		findings.add(reported("database", database, DATABASE_LIMIT_MS));
		findings.add(reported("cache", cache, CACHE_LIMIT_MS));
		findings.add(observed("GET /readyz", () -> context.http().get("/readyz").send()));
		context.customer()
			.accessToken()
			.ifPresent((token) -> findings.add(observed("GET /api/user/automations",
					() -> context.http().get("/api/user/automations").bearer(token).send())));
		boolean unreported = !timed(database) || !timed(cache);
		if (unreported && !access.staffSignedIn()) {
			return Outcome.skipped("round-trip times not reported to this caller; " + access.staffProblem(),
					Outcome.lines(findings));
		}
		return Outcome.judge(findings, String.join("; ", findings.stream().map(Finding::line).toList()));
	}

	private static boolean timed(Optional<HealthReport.Component> component) {
		return component.isPresent() && component.get().roundTripMillis().isPresent();
	}

	private static Finding reported(String name, Optional<HealthReport.Component> component, double limitMillis) {
		if (component.isEmpty()) {
			return Finding.of(false, "health reports no " + name + " component");
		}
		HealthReport.Component found = component.get();
		boolean fast = found.roundTripMillis().isPresent() && found.roundTripMillis().getAsDouble() <= limitMillis;
		return Finding.of(found.up() && fast,
				"reported " + found.describe() + " (expected up, <= " + (int) limitMillis + " ms)");
	}

	private static Finding observed(String label, Supplier<Reply> request) {
		long[] millis = new long[SAMPLES];
		boolean allAnswered = true;
		for (int i = 0; i < SAMPLES; i++) {
			Reply reply = request.get();
			allAnswered &= reply.status() == 200;
			millis[i] = reply.elapsedMillis();
		}
		Arrays.sort(millis);
		long median = millis[SAMPLES / 2];
		return Finding.of(allAnswered && median <= OBSERVED_LIMIT_MS,
				String.format(Locale.ROOT, "observed %s median %d ms over %d requests%s (expected 200 and <= %d ms)",
						label, median, SAMPLES, allAnswered ? "" : ", not all answered 200", (int) OBSERVED_LIMIT_MS));
	}

}
