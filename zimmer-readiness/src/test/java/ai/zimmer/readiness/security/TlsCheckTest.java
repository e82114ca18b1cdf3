package ai.zimmer.readiness.security;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.check.ReadinessSettings;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.TestTls;

import static org.assertj.core.api.Assertions.assertThat;

class TlsCheckTest {

	private final TlsCheck check = new TlsCheck(Clock.systemUTC());

	@Test
	void shouldPassWhenCertificateIsTrustedAndCurrent() {
		try (FakeZimmer zimmer = FakeZimmer.startHttps(TestTls.serverContext())) {
			Outcome outcome = this.check
				.run(FakeZimmer.context(zimmer.settings().sslContext(TestTls.trustingClientContext())));

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.observed()).startsWith("TLSv1.3").contains("certificate valid until 2126");
		}
	}

	@Test
	void shouldFailWhenCertificateIsNotTrusted() {
		try (FakeZimmer zimmer = FakeZimmer.startHttps(TestTls.serverContext())) {
			Outcome outcome = this.check.run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).startsWith("no TLS session: no connection");
		}
	}

	@Test
	void shouldFailWhenCertificateExpiresWithinTwoWeeks() {
		Clock nearExpiry = Clock.fixed(Instant.parse("2126-11-01T00:00:00Z"), ZoneOffset.UTC);
		try (FakeZimmer zimmer = FakeZimmer.startHttps(TestTls.serverContext())) {
			Outcome outcome = new TlsCheck(nearExpiry)
				.run(FakeZimmer.context(zimmer.settings().sslContext(TestTls.trustingClientContext())));

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("(8 days left)");
		}
	}

	@Test
	void shouldNotApplyToPlainHttpOnLoopback() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = this.check.run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
		}
	}

	@Test
	void shouldFailForPlainHttpToAnotherHostWithoutSendingAnything() {
		Outcome outcome = this.check
			.run(FakeZimmer.context(ReadinessSettings.builder(URI.create("http://zimmer.example:8000"))));

		assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(outcome.observed()).isEqualTo("plain http to non-loopback host zimmer.example");
	}

	@Test
	void shouldRecogniseLoopbackHosts() {
		assertThat(TlsCheck.loopback("localhost")).isTrue();
		assertThat(TlsCheck.loopback("127.0.0.1")).isTrue();
		assertThat(TlsCheck.loopback("[::1]")).isTrue();
		assertThat(TlsCheck.loopback("10.0.0.1")).isFalse();
	}

}
