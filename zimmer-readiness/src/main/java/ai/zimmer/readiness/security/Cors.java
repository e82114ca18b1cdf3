package ai.zimmer.readiness.security;

import ai.zimmer.readiness.http.Reply;
import ai.zimmer.readiness.http.ZimmerHttp;

/**
 * Cross-origin requests as a browser sends them, and how to read the answer's CORS
 * headers.
 */
final class Cors {

	static final String PROTECTED_PATH = "/api/user/dashboard";

	static final String PUBLIC_PATH = "/api/automations/marketplace";

	private Cors() {
	}

	static Reply preflight(ZimmerHttp http, String path, String origin) {
		return http.options(path)
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization,content-type")
			.send();
	}

	static Reply request(ZimmerHttp http, String path, String origin) {
		return http.get(path).header("Origin", origin).send();
	}

	static String allowOrigin(Reply reply) {
		return reply.header("Access-Control-Allow-Origin").orElse("");
	}

	static boolean allowsCredentials(Reply reply) {
		return reply.header("Access-Control-Allow-Credentials").map("true"::equalsIgnoreCase).orElse(false);
	}

	static String describe(Reply reply) {
		String origin = allowOrigin(reply);
		return reply.describe() + ", Access-Control-Allow-Origin: " + (origin.isEmpty() ? "(none)" : origin)
				+ (allowsCredentials(reply) ? ", Access-Control-Allow-Credentials: true" : "");
	}

}
