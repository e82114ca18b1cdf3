package ai.zimmer.readiness.security;

import java.security.SecureRandom;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;

/**
 * Failed logins for an unknown account are throttled with 429 and Retry-After. Runs last,
 * because it uses up the login budget of the checker's address.
 */
public final class RateLimitCheck implements Check {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final int attempts;

	public RateLimitCheck(int attempts) {
		this.attempts = attempts;
	}

	@Override
	public CheckDefinition definition() {
		return new CheckDefinition("security.rate-limit", "Login rate limiting", 5, false,
				"repeated failed logins for a random unknown email answer 429 with a Retry-After header within "
						+ this.attempts + " attempts",
				"Without throttling, passwords can be guessed at full speed.",
				"Limit logins per account and per IP in a store shared by all instances (Redis buckets), answering "
						+ "429 with Retry-After.");
	}

	@Override
	public Outcome run(CheckContext context) {
		String suffix = HexFormat.of().formatHex(randomBytes());
		Map<String, Object> body = Map.of("email", "readiness-ratelimit-" + suffix + "@example.com", "password",
				"wrong-password-" + suffix);
		Map<String, Integer> statuses = new TreeMap<>();
		for (int attempt = 1; attempt <= this.attempts; attempt++) {
			Reply reply = context.http().post("/api/auth/login").json(body).send();
			if (reply.status() == 429) {
				return throttled(reply, attempt, statuses);
			}
			statuses.merge(reply.describe(), 1, Integer::sum);
		}
		return Outcome.fail("no 429 after " + this.attempts + " failed logins (answers: " + tally(statuses) + ")",
				List.of());
	}

	private static Outcome throttled(Reply reply, int attempt, Map<String, Integer> before) {
		String retryAfter = reply.header("Retry-After").orElse("");
		String observed = "429 at attempt " + attempt + ", Retry-After: "
				+ (retryAfter.isEmpty() ? "(none)" : retryAfter);
		List<String> details = List.of("answers before the 429: " + tally(before));
		return validRetryAfter(retryAfter) ? Outcome.pass(observed, details) : Outcome.fail(observed, details);
	}

	static boolean validRetryAfter(String value) {
		if (value.matches("\\d{1,9}")) {
			return true;
		}
		try {
			DateTimeFormatter.RFC_1123_DATE_TIME.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static String tally(Map<String, Integer> statuses) {
		if (statuses.isEmpty()) {
			return "none";
		}
		return String.join(", ",
				statuses.entrySet().stream().map((entry) -> entry.getKey() + " x" + entry.getValue()).toList());
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
