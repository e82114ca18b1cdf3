package ai.zimmer.readiness.security;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;
import ai.zimmer.readiness.fake.TestTls;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersCheckTest {

	@Test
	void shouldPassWhenHeadersAreOnSuccessAndError() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new SecurityHeadersCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
		}
	}

	@Test
	void shouldFailWhenHeadersAreMissing() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.NO_SECURITY_HEADERS)) {
			Outcome outcome = new SecurityHeadersCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("missing X-Content-Type-Options: nosniff, X-Frame-Options or CSP "
					+ "frame-ancestors, Referrer-Policy, Content-Security-Policy");
		}
	}

	@Test
	void shouldPassOverHttpsWhenHstsIsSent() {
		try (FakeZimmer zimmer = FakeZimmer.startHttps(TestTls.serverContext())) {
			Outcome outcome = new SecurityHeadersCheck()
				.run(FakeZimmer.context(zimmer.settings().sslContext(TestTls.trustingClientContext())));

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
		}
	}

	@Test
	void shouldRequireHstsOverHttpsOnly() {
		try (FakeZimmer zimmer = FakeZimmer.startHttps(TestTls.serverContext(), Flaw.NO_SECURITY_HEADERS)) {
			Outcome outcome = new SecurityHeadersCheck()
				.run(FakeZimmer.context(zimmer.settings().sslContext(TestTls.trustingClientContext())));

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("Strict-Transport-Security with max-age > 0");
		}
	}

}
