package ai.zimmer.readiness.auth;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationEnforcedCheckTest {

	private final AuthenticationEnforcedCheck check = new AuthenticationEnforcedCheck(Clock.systemUTC());

	@Test
	void shouldPassWhenEveryBadTokenIsRefused() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = this.check.run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.observed()).isEqualTo("26 of 26 refused as expected");
			assertThat(outcome.details()).anyMatch((line) -> line.contains("alg=none on the customer's token"));
		}
	}

	@Test
	void shouldFailWhenProtectedPathsAreOpen() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.PROTECTED_PATHS_OPEN)) {
			Outcome outcome = this.check.run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("GET /api/me with no Authorization header -> 200 (expected 401");
		}
	}

	@Test
	void shouldFailWhenSignaturesAreNotVerified() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.SIGNATURE_NOT_VERIFIED)) {
			Outcome outcome = this.check.run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.details()).filteredOn((line) -> line.startsWith("NOT OK"))
				.hasSize(16)
				.anyMatch((line) -> line.contains("GET /api/user/dashboard with alg=none"))
				.anyMatch((line) -> line.contains("with exp one hour ago"));
		}
	}

	@Test
	void shouldFailWhenAnyServiceTokenIsAccepted() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.SERVICE_TOKEN_NOT_CHECKED)) {
			Outcome outcome = this.check.run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("consume without a service token -> 200")
				.contains("consume with a wrong service token -> 200");
		}
	}

	@Test
	void shouldStillCatchOpenPathsWithMadeUpTokensWhenNoCustomerIsGiven() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.PROTECTED_PATHS_OPEN)) {
			Outcome outcome = this.check.run(FakeZimmer.context(zimmer.settings().customer(null)));

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.details()).anyMatch((line) -> line.contains("on a made-up token"));
		}
	}

}
