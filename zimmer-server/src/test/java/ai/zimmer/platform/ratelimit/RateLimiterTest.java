package ai.zimmer.platform.ratelimit;

import java.time.Duration;
import java.util.UUID;

import ai.zimmer.platform.error.RetryableApiException;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class RateLimiterTest {

	@Autowired
	RateLimiter limiter;

	@Test
	void acquireShouldAllowTheLimitThenRefuseWithRetryAfter() {
		String key = "test:" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			this.limiter.acquire(key, 3, Duration.ofHours(1));
		}

		assertThatExceptionOfType(RetryableApiException.class)
			.isThrownBy(() -> this.limiter.acquire(key, 3, Duration.ofHours(1)))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo("rate_limited");
				assertThat(ex.retryAfter()).isPositive();
			});
	}

	@Test
	void checkShouldCountNothingAndHitShouldCount() {
		String key = "test:" + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			this.limiter.check(key, 1, Duration.ofHours(1));
		}
		this.limiter.hit(key, Duration.ofHours(1));

		assertThatExceptionOfType(RetryableApiException.class)
			.isThrownBy(() -> this.limiter.check(key, 1, Duration.ofHours(1)));
		assertThatCode(() -> this.limiter.check(key, 2, Duration.ofHours(1))).doesNotThrowAnyException();
	}

}
