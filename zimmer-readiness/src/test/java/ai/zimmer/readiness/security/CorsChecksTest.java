package ai.zimmer.readiness.security;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;

import static org.assertj.core.api.Assertions.assertThat;

class CorsChecksTest {

	@Test
	void foreignOriginShouldPassWhenNotGranted() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new CorsForeignOriginCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.details()).hasSize(3);
		}
	}

	@Test
	void foreignOriginShouldFailWhenAnyOriginIsEchoedWithCredentials() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.WILDCARD_CORS)) {
			Outcome outcome = new CorsForeignOriginCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed())
				.contains("Access-Control-Allow-Origin: https://evil.example, Access-Control-Allow-Credentials: true");
		}
	}

	@Test
	void allowedOriginShouldPassWhenPreflightAndRequestGrantIt() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new CorsAllowedOriginCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
		}
	}

	@Test
	void allowedOriginShouldFailWhenNoCorsHeadersAreSent() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.NO_CORS)) {
			Outcome outcome = new CorsAllowedOriginCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("preflight OPTIONS /api/user/dashboard from http://localhost:3000 "
					+ "-> 403, Access-Control-Allow-Origin: (none)");
		}
	}

	@Test
	void allowedOriginShouldBeSkippedWithoutTheOption() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new CorsAllowedOriginCheck()
				.run(FakeZimmer.context(zimmer.settings().allowedOrigin(null)));

			assertThat(outcome.status()).isEqualTo(CheckStatus.SKIPPED);
		}
	}

}
