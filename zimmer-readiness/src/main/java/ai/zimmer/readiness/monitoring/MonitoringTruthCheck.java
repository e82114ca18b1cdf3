package ai.zimmer.readiness.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;

/**
 * Monitoring tells the truth: the health summary agrees with readiness and with its own
 * components, and the request counter moves by at least the number of requests the
 * checker sends.
 */
public final class MonitoringTruthCheck implements Check {

	static final int KNOWN_REQUESTS = 20;

	private static final Duration COUNTER_PATIENCE = Duration.ofSeconds(5);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private static final CheckDefinition DEFINITION = new CheckDefinition("monitoring.truthful", "Monitoring truthful",
			5, false,
			"health is not 'healthy' while /readyz fails or a component is down; the request counter rises by >= "
					+ KNOWN_REQUESTS + " within " + COUNTER_PATIENCE.toSeconds() + " s after " + KNOWN_REQUESTS
					+ " known requests",
			"Dashboards and alerts built on these numbers would otherwise stay green during an outage.",
			"Derive the health summary from the same component checks /readyz uses, and count requests with the "
					+ "framework's http.server.requests timer rather than a hand-kept number.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		MonitoringAccess access = new MonitoringAccess(context);
		List<Finding> findings = new ArrayList<>(consistency(context, access));
		RequestCounter counter = new RequestCounter(access);
		RequestCounter.Reading before = counter.read();
		if (before.count().isEmpty()) {
			return withoutCounter(access, findings, before);
		}
		sendKnownTraffic(context);
		double after = awaitCounter(counter, before.count().get());
		double rise = after - before.count().get();
		findings.add(Finding.of(rise >= KNOWN_REQUESTS,
				String.format(Locale.ROOT, "%s rose by %.0f after %d known requests (expected >= %d)", before.source(),
						rise, KNOWN_REQUESTS, KNOWN_REQUESTS)));
		return Outcome.judge(findings, String.format(Locale.ROOT,
				"health agrees with /readyz; counter rose by %.0f after %d requests", rise, KNOWN_REQUESTS));
	}

	private static List<Finding> consistency(CheckContext context, MonitoringAccess access) {
		HealthReport health = HealthReport.of(access.get(MonitoringAccess.HEALTH).json());
		Reply readiness = context.http().get("/readyz").send();
		boolean claimsHealthy = "healthy".equals(health.status());
		List<Finding> findings = new ArrayList<>();
		findings.add(Finding.of(!claimsHealthy || readiness.status() == 200,
				"health says '" + health.status() + "', /readyz answered " + readiness.describe()));
		List<String> down = health.components()
			.stream()
			.filter((component) -> !component.up())
			.map(HealthReport.Component::describe)
			.toList();
		findings.add(Finding.of(!claimsHealthy || down.isEmpty(), "health says '" + health.status() + "' with "
				+ (down.isEmpty() ? "no component down" : "components down: " + String.join(", ", down))));
		return findings;
	}

	private static Outcome withoutCounter(MonitoringAccess access, List<Finding> findings,
			RequestCounter.Reading reading) {
		findings.add(Finding.of(false, reading.problem()));
		boolean consistent = findings.stream().limit(findings.size() - 1).allMatch(Finding::met);
		if (consistent && reading.refused() && !access.staffSignedIn()) {
			return Outcome.skipped(reading.problem() + "; " + access.staffProblem(), Outcome.lines(findings));
		}
		return Outcome.judge(findings, "");
	}

	private static void sendKnownTraffic(CheckContext context) {
		for (int i = 0; i < KNOWN_REQUESTS; i++) {
			context.http().get("/api/automations/marketplace").send();
		}
	}

	private static double awaitCounter(RequestCounter counter, double before) {
		double target = before + KNOWN_REQUESTS;
		long deadline = System.nanoTime() + COUNTER_PATIENCE.toNanos();
		double latest = current(counter).orElse(before);
		while (!(latest >= target) && System.nanoTime() < deadline) {
			pause();
			latest = current(counter).orElse(latest);
		}
		return latest;
	}

	private static Optional<Double> current(RequestCounter counter) {
		return counter.read().count();
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_INTERVAL);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
