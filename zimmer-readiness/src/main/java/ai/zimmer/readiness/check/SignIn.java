package ai.zimmer.readiness.check;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import ai.zimmer.readiness.http.Reply;
import ai.zimmer.readiness.http.ZimmerHttp;
import tools.jackson.databind.JsonNode;

/** The outcome of signing an account in: an access token, or what prevented it. */
public final class SignIn {

	private final String accessToken;

	private final String problem;

	private final Reply reply;

	private SignIn(String accessToken, String problem, Reply reply) {
		this.accessToken = accessToken;
		this.problem = problem;
		this.reply = reply;
	}

	static SignIn notConfigured(String problem) {
		return new SignIn(null, problem, null);
	}

	static SignIn login(ZimmerHttp http, Credentials credentials, Consumer<String> progress) {
		Reply reply = RetryAfter.honouredOnce("login of " + credentials.email(),
				() -> http.post("/api/auth/login")
					.json(Map.of("email", credentials.email(), "password", credentials.password()))
					.send(),
				progress);
		return fromTokenReply(reply, 200, "login of " + credentials.email());
	}

	/**
	 * Reads the access token from a login or registration answer.
	 * @param reply the answer
	 * @param expectedStatus the status a success has (200 for login, 201 for
	 * registration)
	 * @param what what was attempted, for the problem text
	 * @return the sign-in
	 */
	public static SignIn fromTokenReply(Reply reply, int expectedStatus, String what) {
		JsonNode body = reply.json();
		if (reply.status() == expectedStatus && body.path("otp_required").asBoolean(false)) {
			return new SignIn(null, what + " asks for a second factor; use an account without 2FA", reply);
		}
		String token = body.path("access_token").asString("");
		if (reply.status() != expectedStatus || token.isBlank()) {
			return new SignIn(null, what + " answered " + reply.describe() + " without an access token (expected "
					+ expectedStatus + " with access_token)", reply);
		}
		return new SignIn(token, "", reply);
	}

	public Optional<String> accessToken() {
		return Optional.ofNullable(this.accessToken);
	}

	public boolean signedIn() {
		return this.accessToken != null;
	}

	public String problem() {
		return this.problem;
	}

	public Optional<Reply> reply() {
		return Optional.ofNullable(this.reply);
	}

}
