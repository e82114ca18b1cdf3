package ai.zimmer.readiness.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;

/** Browser-hardening headers on both a successful and a refused answer. */
public final class SecurityHeadersCheck implements Check {

	private static final Pattern MAX_AGE = Pattern.compile("max-age\\s*=\\s*\"?(\\d{1,18})");

	private static final CheckDefinition DEFINITION = new CheckDefinition("security.headers", "Security headers", 5,
			false,
			"on a 200 and a 401 answer: X-Content-Type-Options: nosniff; X-Frame-Options DENY|SAMEORIGIN or CSP "
					+ "frame-ancestors; Referrer-Policy (not unsafe-url); Content-Security-Policy; over https "
					+ "Strict-Transport-Security with max-age > 0",
			"These headers stop MIME sniffing, click-jacking, referrer leaks and downgrade attacks in browsers.",
			"Set the headers for every response, errors included (Spring Security's headers() or the proxy), and "
					+ "HSTS at the TLS-terminating proxy.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		boolean https = context.settings().https();
		List<Finding> findings = List.of(
				inspect("GET " + Cors.PUBLIC_PATH, context.http().get(Cors.PUBLIC_PATH).send(), https),
				inspect("GET " + Cors.PROTECTED_PATH + " without a token",
						context.http().get(Cors.PROTECTED_PATH).send(), https));
		return Outcome.judge(findings, "all required headers present on both answers");
	}

	private static Finding inspect(String label, Reply reply, boolean https) {
		List<String> missing = missing(reply, https);
		String line = label + " -> " + reply.describe() + ": "
				+ (missing.isEmpty() ? "all present" : "missing " + String.join(", ", missing));
		return Finding.of(reply.answered() && missing.isEmpty(), line);
	}

	static List<String> missing(Reply reply, boolean https) {
		String csp = header(reply, "Content-Security-Policy");
		List<String> missing = new ArrayList<>();
		if (!"nosniff".equals(header(reply, "X-Content-Type-Options"))) {
			missing.add("X-Content-Type-Options: nosniff");
		}
		String frameOptions = header(reply, "X-Frame-Options");
		if (!frameOptions.equals("deny") && !frameOptions.equals("sameorigin") && !csp.contains("frame-ancestors")) {
			missing.add("X-Frame-Options or CSP frame-ancestors");
		}
		String referrer = header(reply, "Referrer-Policy");
		if (referrer.isEmpty() || referrer.contains("unsafe-url")) {
			missing.add("Referrer-Policy");
		}
		if (csp.isEmpty()) {
			missing.add("Content-Security-Policy");
		}
		if (https && maxAge(header(reply, "Strict-Transport-Security")) <= 0) {
			missing.add("Strict-Transport-Security with max-age > 0");
		}
		return missing;
	}

	private static String header(Reply reply, String name) {
		return reply.header(name).orElse("").trim().toLowerCase(Locale.ROOT);
	}

	private static long maxAge(String hsts) {
		Matcher matcher = MAX_AGE.matcher(hsts);
		return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
	}

}
