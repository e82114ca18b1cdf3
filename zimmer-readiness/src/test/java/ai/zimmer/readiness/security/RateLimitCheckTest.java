package ai.zimmer.readiness.security;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitCheckTest {

	@Test
	void shouldPassWhenFailedLoginsAreThrottledWithRetryAfter() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new RateLimitCheck(10).run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.observed()).isEqualTo("429 at attempt 6, Retry-After: 60");
		}
	}

	@Test
	void shouldFailWhenFailedLoginsAreNeverThrottled() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.NO_RATE_LIMIT)) {
			Outcome outcome = new RateLimitCheck(10).run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).isEqualTo("no 429 after 10 failed logins (answers: 401 x10)");
		}
	}

	@Test
	void shouldFailWhenThrottlingGivesNoRetryAfter() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.RATE_LIMIT_WITHOUT_RETRY_AFTER)) {
			Outcome outcome = new RateLimitCheck(10).run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).isEqualTo("429 at attempt 6, Retry-After: (none)");
		}
	}

	@Test
	void shouldAcceptRetryAfterInSecondsOrAsHttpDate() {
		assertThat(RateLimitCheck.validRetryAfter("60")).isTrue();
		assertThat(RateLimitCheck.validRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT")).isTrue();
		assertThat(RateLimitCheck.validRetryAfter("soon")).isFalse();
	}

}
