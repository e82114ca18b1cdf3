package ai.zimmer.readiness.endpoints;

import java.util.ArrayList;
import java.util.List;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.check.SignIn;
import ai.zimmer.readiness.http.Reply;
import ai.zimmer.readiness.http.ZimmerHttp;

/**
 * The signed-in customer's critical paths: login, profile, dashboard, usage report and
 * subscriptions.
 */
public final class CustomerEndpointsCheck implements Check {

	private static final List<String> PATHS = List.of("/api/me", "/api/user/dashboard", "/api/user/usage?range=7d",
			"/api/user/automations");

	private static final CheckDefinition DEFINITION = new CheckDefinition("endpoints.customer", "Customer endpoints",
			10, true,
			"POST /api/auth/login answers 200 with an access token; with it GET /api/me, /api/user/dashboard, "
					+ "/api/user/usage?range=7d, /api/user/automations each answer 200",
			"A customer can sign in and see the dashboard and usage report, the pages customers use most.",
			"Check that the test customer exists and its password is right (and 2FA is off); otherwise follow the "
					+ "failing request's X-Request-Id in the server log.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		if (context.settings().customer().isEmpty()) {
			return Outcome.skipped("needs a test customer: pass --email and --password");
		}
		SignIn customer = context.customer();
		List<Finding> findings = new ArrayList<>();
		findings.add(login(customer));
		customer.accessToken().ifPresent((token) -> findings.addAll(signedInPaths(context.http(), token)));
		return Outcome.judge(findings, "login and " + PATHS.size() + " signed-in paths answered 200");
	}

	private static Finding login(SignIn customer) {
		Reply reply = customer.reply().orElseThrow();
		return Finding.status("POST /api/auth/login", reply, 200).and(customer.signedIn(), customer.problem());
	}

	private static List<Finding> signedInPaths(ZimmerHttp http, String token) {
		return PATHS.stream()
			.map((path) -> Finding.status("GET " + path, http.get(path).bearer(token).send(), 200))
			.toList();
	}

}
