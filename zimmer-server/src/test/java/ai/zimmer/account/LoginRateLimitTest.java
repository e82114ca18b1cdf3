package ai.zimmer.account;

import java.util.Map;

import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class LoginRateLimitTest {

	@LocalServerPort
	int port;

	@Test
	void failedLoginsShouldBeLimitedPerAccountAndRefusedEvenWithTheRightPassword() {
		Api api = new Api(this.port);
		String email = api.registerCustomer().json().path("user").path("email").asString();
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(
					api.post("/api/auth/login", Map.of("email", email, "password", "wrong-password")).send().status())
				.as("attempt %d", attempt)
				.isEqualTo(401);
		}

		Reply limited = api.post("/api/auth/login", Map.of("email", email, "password", "password-123")).send();

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.text("code")).isEqualTo("rate_limited");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 61L);
	}

	@Test
	void successfulLoginsShouldNotCountAgainstTheLimit() {
		Api api = new Api(this.port);
		String email = api.registerCustomer().json().path("user").path("email").asString();

		for (int attempt = 1; attempt <= 8; attempt++) {
			assertThat(api.post("/api/auth/login", Map.of("email", email, "password", "password-123")).send().status())
				.as("attempt %d", attempt)
				.isEqualTo(200);
		}
	}

}
