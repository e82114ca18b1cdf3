package ai.zimmer.readiness.security;

import java.util.ArrayList;
import java.util.List;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;
import ai.zimmer.readiness.http.ZimmerHttp;

/**
 * A foreign origin is not granted access: its origin is never echoed, and never a
 * wildcard with credentials.
 */
public final class CorsForeignOriginCheck implements Check {

	private static final CheckDefinition DEFINITION = new CheckDefinition("cors.foreign-origin",
			"CORS refuses foreign origins", 5, true,
			"for Origin https://evil.example (--foreign-origin), preflight and real requests never answer "
					+ "Access-Control-Allow-Origin with that origin, nor '*' together with "
					+ "Access-Control-Allow-Credentials: true",
			"A page on any site could otherwise call the API with a visitor's credentials and read the answers.",
			"Configure an explicit allow-list of origins per environment (no reflection of the request's Origin, "
					+ "no wildcard with credentials).");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		ZimmerHttp http = context.http();
		String foreign = context.settings().foreignOrigin();
		List<Finding> findings = new ArrayList<>();
		findings.add(refused("preflight OPTIONS " + Cors.PROTECTED_PATH,
				Cors.preflight(http, Cors.PROTECTED_PATH, foreign), foreign));
		findings.add(refused("GET " + Cors.PUBLIC_PATH, Cors.request(http, Cors.PUBLIC_PATH, foreign), foreign));
		context.customer()
			.accessToken()
			.ifPresent((token) -> findings.add(refused("GET " + Cors.PROTECTED_PATH + " with a token",
					http.get(Cors.PROTECTED_PATH).header("Origin", foreign).bearer(token).send(), foreign)));
		return Outcome.judge(findings, "origin " + foreign + " not granted on " + findings.size() + " requests");
	}

	private static Finding refused(String label, Reply reply, String foreign) {
		String allowed = Cors.allowOrigin(reply);
		boolean echoed = allowed.equalsIgnoreCase(foreign);
		boolean wildcardWithCredentials = "*".equals(allowed) && Cors.allowsCredentials(reply);
		return Finding.of(reply.answered() && !echoed && !wildcardWithCredentials,
				label + " from " + foreign + " -> " + Cors.describe(reply));
	}

}
