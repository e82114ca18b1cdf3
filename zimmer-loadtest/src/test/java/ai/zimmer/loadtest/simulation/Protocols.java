package ai.zimmer.loadtest.simulation;

import static io.gatling.javaapi.http.HttpDsl.http;

import java.net.URI;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * How the virtual users talk to Zimmer: JSON, a recognisable user agent, and nothing sent
 * anywhere else. The HTTP stack is warmed up against the target's liveness endpoint
 * (Gatling's default calls gatling.io), so that the first measured request does not pay
 * for the load generator's own cold start.
 */
final class Protocols {

	private Protocols() {
	}

	static HttpProtocolBuilder zimmer(URI baseUrl) {
		String base = baseUrl.toString().replaceAll("/+$", "");
		return http.baseUrl(base)
			.acceptHeader("application/json")
			.userAgentHeader("zimmer-loadtest")
			.warmUp(base + "/livez");
	}

}
