package ai.zimmer.loadtest.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CustomerAccountTest {

	private static final Instant EXPIRY = Instant.parse("2026-12-03T10:15:00Z");

	private final CustomerAccount customer = new CustomerAccount("c@example.com", "pw", "access", "refresh", EXPIRY,
			ResourceId.of(7));

	@Test
	void shouldKeepUsingTheAccessTokenWhileMoreThanAMinuteIsLeft() {
		assertThat(this.customer.needsRefresh(EXPIRY.minusSeconds(61))).isFalse();
	}

	@Test
	void shouldRefreshInTheLastMinuteAndAfterExpiry() {
		assertThat(this.customer.needsRefresh(EXPIRY.minusSeconds(60))).isTrue();
		assertThat(this.customer.needsRefresh(EXPIRY.plusSeconds(5))).isTrue();
	}

	@Test
	void shouldReplaceTheTokenPairAndKeepTheRest() {
		CustomerAccount refreshed = this.customer.withTokens("access-2", "refresh-2", EXPIRY.plusSeconds(900));

		assertThat(refreshed).isEqualTo(new CustomerAccount("c@example.com", "pw", "access-2", "refresh-2",
				EXPIRY.plusSeconds(900), ResourceId.of(7)));
	}

	@Test
	void shouldNeverShowTokensOrPasswordInText() {
		assertThat(this.customer.toString()).doesNotContain("access", "refresh", "pw").contains("c@example.com");
	}

}
