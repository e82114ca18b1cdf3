package ai.zimmer.account;

import java.util.Map;
import java.util.UUID;

import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountApiTest {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	@Test
	void registerShouldReturnTokensAndAnHttpOnlyStrictRefreshCookie() {
		String email = "New-" + UUID.randomUUID() + "@Example.com";

		Reply reply = this.api
			.post("/api/auth/register", Map.of("name", "Sara", "email", email, "password", "long-password"))
			.send();

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.text("token_type")).isEqualTo("bearer");
		assertThat(reply.number("expires_in")).isEqualTo(900);
		assertThat(reply.text("access_token")).isNotBlank();
		assertThat(reply.text("refresh_token")).contains(".");
		assertThat(reply.json().path("user").path("email").asString()).isEqualTo(email.toLowerCase());
		assertThat(reply.json().path("user").path("role").asString()).isEqualTo("customer");
		assertThat(reply.header("Set-Cookie")).contains("zimmer_refresh=", "HttpOnly", "SameSite=Strict",
				"Path=/api/auth");
	}

	@Test
	void registerWithATakenEmailInAnotherCaseShouldConflict() {
		String email = "dup-" + UUID.randomUUID() + "@example.com";
		this.api.post("/api/auth/register", Map.of("name", "A", "email", email, "password", "long-password"))
			.send()
			.expect(201);

		Reply reply = this.api
			.post("/api/auth/register", Map.of("name", "B", "email", email.toUpperCase(), "password", "long-password"))
			.send();

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("email_taken");
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void registerWithMissingAndInvalidFieldsShouldListEveryProblem() {
		Reply reply = this.api.post("/api/auth/register", Map.of("email", "not-an-email", "password", "short")).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().path("errors").findValuesAsString("field")).contains("name", "email", "password");
	}

	@Test
	void loginShouldAnswerAlikeForUnknownEmailAndWrongPassword() {
		String email = this.api.registerCustomer().json().path("user").path("email").asString();

		Reply wrongPassword = this.api.post("/api/auth/login", Map.of("email", email, "password", "wrong-password"))
			.send();
		Reply unknownEmail = this.api
			.post("/api/auth/login", Map.of("email", "nobody-" + email, "password", "wrong-password"))
			.send();

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(wrongPassword.text("code")).isEqualTo("invalid_credentials");
		assertThat(unknownEmail.text("detail")).isEqualTo(wrongPassword.text("detail"));
	}

	@Test
	void loginShouldAcceptTheEmailInAnyCase() {
		String email = this.api.registerCustomer().json().path("user").path("email").asString();

		Reply reply = this.api.post("/api/auth/login", Map.of("email", email.toUpperCase(), "password", "password-123"))
			.send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("access_token")).isNotBlank();
	}

	@Test
	void refreshShouldRotateAndReuseOfTheOldTokenShouldRevokeTheSession() {
		String first = this.api.registerCustomer().text("refresh_token");

		Reply rotated = this.api.post("/api/auth/refresh", Map.of("refresh_token", first)).send().expect(200);
		String second = rotated.text("refresh_token");
		Reply reuse = this.api.post("/api/auth/refresh", Map.of("refresh_token", first)).send();
		Reply afterTheft = this.api.post("/api/auth/refresh", Map.of("refresh_token", second)).send();

		assertThat(second).isNotEqualTo(first);
		assertThat(reuse.status()).isEqualTo(401);
		assertThat(reuse.text("code")).isEqualTo("invalid_refresh_token");
		assertThat(afterTheft.status()).isEqualTo(401);
	}

	@Test
	void refreshShouldAcceptTheCookie() {
		String refresh = this.api.registerCustomer().text("refresh_token");

		Reply reply = this.api.post("/api/auth/refresh", null).header("Cookie", "zimmer_refresh=" + refresh).send();

		assertThat(reply.status()).isEqualTo(200);
	}

	@Test
	void refreshWithGarbageShouldBeRefused() {
		for (String garbage : new String[] { "x", "not.a-uuid", UUID.randomUUID() + ".secret", "" }) {
			Reply reply = this.api.post("/api/auth/refresh", Map.of("refresh_token", garbage)).send();
			assertThat(reply.status()).as(garbage).isEqualTo(401);
		}
	}

	@Test
	void logoutShouldRevokeTheSessionAndLogoutAllEverySession() {
		Reply signUp = this.api.registerCustomer();
		String email = signUp.json().path("user").path("email").asString();
		Reply otherDevice = this.api.post("/api/auth/login", Map.of("email", email, "password", "password-123"))
			.send()
			.expect(200);

		this.api.post("/api/auth/logout", null).bearer(signUp.text("access_token")).send().expect(204);
		Reply refreshAfterLogout = this.api
			.post("/api/auth/refresh", Map.of("refresh_token", signUp.text("refresh_token")))
			.send();
		Reply otherStillWorks = this.api
			.post("/api/auth/refresh", Map.of("refresh_token", otherDevice.text("refresh_token")))
			.send();
		this.api.post("/api/auth/logout-all", null).bearer(otherStillWorks.text("access_token")).send().expect(204);
		Reply afterLogoutAll = this.api
			.post("/api/auth/refresh", Map.of("refresh_token", otherStillWorks.text("refresh_token")))
			.send();

		assertThat(refreshAfterLogout.status()).isEqualTo(401);
		assertThat(otherStillWorks.status()).isEqualTo(200);
		assertThat(afterLogoutAll.status()).isEqualTo(401);
	}

	@Test
	void meShouldReturnTheProfileOnBothPaths() {
		Reply signUp = this.api.registerCustomer();
		String token = signUp.text("access_token");

		Reply me = this.api.get("/api/me").bearer(token).send();
		Reply alias = this.api.get("/api/auth/me").bearer(token).send();

		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().path("email").asString()).isEqualTo(signUp.json().path("user").path("email").asString());
		assertThat(me.json().has("password_hash")).isFalse();
		assertThat(me.json().path("email_verified").asBoolean()).isFalse();
		assertThat(alias.json()).isEqualTo(me.json());
	}

	@Test
	void profileUpdateShouldChangeOnlyGivenFields() {
		String token = this.api.registerCustomer().text("access_token");

		Reply reply = this.api.put("/api/user/profile", Map.of("phone_number", "+98 912 000 0000"))
			.bearer(token)
			.send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("phone_number")).isEqualTo("+98 912 000 0000");
		assertThat(reply.text("name")).isEqualTo("Test Customer");
	}

	@Test
	void changePasswordShouldRequireTheCurrentOneAndRevokeOtherSessions() {
		Reply signUp = this.api.registerCustomer();
		String email = signUp.json().path("user").path("email").asString();
		Reply other = this.api.post("/api/auth/login", Map.of("email", email, "password", "password-123")).send();

		Reply wrong = this.api
			.post("/api/user/change-password", Map.of("current_password", "nope-nope", "new_password", "new-pass-456"))
			.bearer(signUp.text("access_token"))
			.send();
		this.api
			.post("/api/user/change-password",
					Map.of("current_password", "password-123", "new_password", "new-pass-456"))
			.bearer(signUp.text("access_token"))
			.send()
			.expect(204);

		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.text("code")).isEqualTo("invalid_current_password");
		assertThat(this.api.post("/api/auth/refresh", Map.of("refresh_token", other.text("refresh_token")))
			.send()
			.status()).isEqualTo(401);
		assertThat(this.api.post("/api/auth/refresh", Map.of("refresh_token", signUp.text("refresh_token")))
			.send()
			.status()).isEqualTo(200);
		assertThat(this.api.post("/api/auth/login", Map.of("email", email, "password", "new-pass-456")).send().status())
			.isEqualTo(200);
	}

}
