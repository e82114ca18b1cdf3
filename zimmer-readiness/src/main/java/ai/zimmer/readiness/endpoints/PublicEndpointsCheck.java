package ai.zimmer.readiness.endpoints;

import java.util.List;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;
import ai.zimmer.readiness.http.ZimmerHttp;

/**
 * The anonymous critical paths: the marketplace, liveness, readiness and the public
 * health summary.
 */
public final class PublicEndpointsCheck implements Check {

	private static final CheckDefinition DEFINITION = new CheckDefinition("endpoints.public", "Public endpoints", 5,
			true, "GET /api/automations/marketplace, /livez, /readyz, /api/monitoring/health each answer 200",
			"Anonymous visitors can browse the marketplace and the platform reports itself alive and ready.",
			"Look at the failing endpoint's server log by its X-Request-Id; a 503 from /readyz means the database "
					+ "is unreachable or migrations are pending.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		ZimmerHttp http = context.http();
		Reply marketplace = http.get("/api/automations/marketplace").send();
		List<Finding> findings = List.of(
				Finding.status("GET /api/automations/marketplace", marketplace, 200)
					.and(marketplace.json().path("items").isArray(), "body has no items array"),
				Finding.status("GET /livez", http.get("/livez").send(), 200),
				Finding.status("GET /readyz", http.get("/readyz").send(), 200),
				Finding.status("GET /api/monitoring/health", http.get("/api/monitoring/health").send(), 200));
		return Outcome.judge(findings, "all 4 answered 200");
	}

}
