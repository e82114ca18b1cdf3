package ai.zimmer.platform;

import java.util.Map;

import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ProblemResponsesTest {

	private static final String EXPIRED_TOKEN = "eyJhbGciOiJIUzI1NiJ9."
			+ "eyJpc3MiOiJ6aW1tZXIiLCJzdWIiOiIxIiwiZXhwIjoxNjAwMDAwMDAwLCJyb2xlIjoiY3VzdG9tZXIi"
			+ "LCJzaWQiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAifQ.invalid";

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void malformedJsonShouldBeA400ProblemWithARequestId() {
		Reply reply = this.api.post("/api/auth/login", "{\"email\": ").header("X-Request-Id", "req-42").send();

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.text("code")).isEqualTo("malformed_request");
		assertThat(reply.text("instance")).isEqualTo("/api/auth/login");
		assertThat(reply.header("X-Request-Id")).isEqualTo("req-42");
		assertThat(reply.body()).doesNotContain("Exception", "jackson");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"email\": 12, \"password\": \"x\"}", "{\"email\": \"a@b.c\", \"password\": null}",
			"{\"email\": \"a@b.c\", \"password\": \"x\", \"admin\": true}", "[]" })
	void wrongTypesNullsAndUnknownFieldsShouldBe422(String body) {
		Reply reply = this.api.post("/api/auth/login", body).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().path("errors").isArray()).isTrue();
	}

	@Test
	void anOversizedBodyShouldBe413() {
		String huge = "{\"email\": \"" + "a".repeat(200_000) + "\", \"password\": \"x\"}";

		Reply reply = this.api.post("/api/auth/login", huge).send();

		assertThat(reply.status()).isEqualTo(413);
		assertThat(reply.text("code")).isEqualTo("payload_too_large");
	}

	@Test
	void unknownPathShouldBe404AndWrongMethod405() {
		Reply unknown = this.api.get("/api/no-such-thing").send();
		Reply wrongMethod = this.api.get("/api/auth/login").send();

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.text("code")).isEqualTo("not_found");
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.text("code")).isEqualTo("method_not_allowed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "garbage", EXPIRED_TOKEN })
	void protectedPathsShouldRefuseMissingForgedAndExpiredTokens(String token) {
		Api.Call call = this.api.get("/api/me");
		if (!token.isEmpty()) {
			call.bearer(token);
		}

		Reply reply = call.send();

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.text("code")).isEqualTo("unauthorized");
		assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
	}

	@Test
	void aTokenSignedWithAnotherKeyShouldBeRefused() {
		String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6Im1hbmFnZXIifQ."
				+ "c2lnbmVkLXdpdGgtYW5vdGhlci1rZXktYWJjZGVmZ2hpams";

		Reply reply = this.api.get("/api/admin/users").bearer(forged).send();

		assertThat(reply.status()).isEqualTo(401);
	}

	@Test
	void responsesShouldCarrySecurityHeaders() {
		Reply reply = this.api.get("/api/no-such-thing").send();

		assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(reply.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(reply.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void corsShouldAllowTheConfiguredOriginWithPatchAndRefuseOthers() {
		Reply allowed = this.api.options("/api/user/profile")
			.header("Origin", "https://app.zimmer.test")
			.header("Access-Control-Request-Method", "PATCH")
			.send();
		Reply foreign = this.api.options("/api/user/profile")
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "GET")
			.send();

		assertThat(allowed.status()).isEqualTo(200);
		assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("https://app.zimmer.test");
		assertThat(allowed.header("Access-Control-Allow-Methods")).contains("PATCH");
		assertThat(allowed.header("Access-Control-Allow-Credentials")).isEqualTo("true");
		assertThat(foreign.status()).isEqualTo(403);
		assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void aSuppliedRequestIdThatIsNotWellFormedShouldBeReplaced() {
		Reply reply = this.api.post("/api/auth/login", Map.of("email", "a@b.c", "password", "x"))
			.header("X-Request-Id", "bad id with spaces")
			.send();

		assertThat(reply.header("X-Request-Id")).isNotEqualTo("bad id with spaces").hasSize(36);
	}

}
