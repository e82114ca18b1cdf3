package ai.zimmer.readiness.security;

import java.util.List;
import java.util.Locale;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;
import ai.zimmer.readiness.http.ZimmerHttp;

/** The front end's origin is accepted, by preflight and on a real request. */
public final class CorsAllowedOriginCheck implements Check {

	private static final CheckDefinition DEFINITION = new CheckDefinition("cors.allowed-origin",
			"CORS accepts the front end", 5, false,
			"for Origin --allowed-origin, the preflight of GET " + Cors.PROTECTED_PATH + " with Authorization answers "
					+ "2xx allowing that origin, GET and the authorization header, and a real GET allows that origin",
			"The web front end cannot call the API from the browser unless its origin is allowed.",
			"Add the front end's origin to the CORS allow-list of this environment (zimmer.web.cors-allowed-origins)"
					+ " with the methods and headers it uses.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		if (context.settings().allowedOrigin().isEmpty()) {
			return Outcome.skipped("needs the front end's origin: pass --allowed-origin");
		}
		ZimmerHttp http = context.http();
		String origin = context.settings().allowedOrigin().get();
		Reply preflight = Cors.preflight(http, Cors.PROTECTED_PATH, origin);
		Reply request = Cors.request(http, Cors.PUBLIC_PATH, origin);
		List<Finding> findings = List.of(preflightFinding(preflight, origin), Finding.of(grants(request, origin),
				"GET " + Cors.PUBLIC_PATH + " from " + origin + " -> " + Cors.describe(request)));
		return Outcome.judge(findings, "origin " + origin + " accepted by preflight and request");
	}

	private static Finding preflightFinding(Reply reply, String origin) {
		String methods = reply.header("Access-Control-Allow-Methods").orElse("").toUpperCase(Locale.ROOT);
		String headers = reply.header("Access-Control-Allow-Headers").orElse("").toLowerCase(Locale.ROOT);
		boolean success = reply.status() >= 200 && reply.status() < 300;
		boolean allowsGet = methods.contains("GET") || methods.contains("*");
		boolean allowsAuthorization = headers.contains("authorization") || headers.contains("*");
		String line = "preflight OPTIONS " + Cors.PROTECTED_PATH + " from " + origin + " -> " + Cors.describe(reply)
				+ ", methods: " + (methods.isEmpty() ? "(none)" : methods) + ", headers: "
				+ (headers.isEmpty() ? "(none)" : headers);
		return Finding.of(success && grants(reply, origin) && allowsGet && allowsAuthorization, line);
	}

	private static boolean grants(Reply reply, String origin) {
		String allowed = Cors.allowOrigin(reply);
		boolean wildcard = "*".equals(allowed) && !Cors.allowsCredentials(reply);
		return reply.answered() && (allowed.equalsIgnoreCase(origin) || wildcard);
	}

}
