package ai.zimmer.loadtest.customer;

import java.time.Duration;
import java.time.Instant;

/**
 * A customer as a real client keeps it between visits: credentials, the current token
 * pair with the access token's expiry, and the subscription it uses.
 */
public record CustomerAccount(String email, String password, String accessToken, String refreshToken,
		Instant accessTokenExpiresAt, ResourceId subscription) {

	/**
	 * Refreshing this long before expiry keeps requests in flight from carrying a token
	 * that just died.
	 */
	public static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

	public boolean needsRefresh(Instant now) {
		return !now.plus(REFRESH_MARGIN).isBefore(this.accessTokenExpiresAt);
	}

	public CustomerAccount withTokens(String accessToken, String refreshToken, Instant accessTokenExpiresAt) {
		return new CustomerAccount(this.email, this.password, accessToken, refreshToken, accessTokenExpiresAt,
				this.subscription);
	}

	public CustomerAccount withSubscription(ResourceId subscription) {
		return new CustomerAccount(this.email, this.password, this.accessToken, this.refreshToken,
				this.accessTokenExpiresAt, subscription);
	}

	@Override
	public String toString() {
		return "CustomerAccount[email=" + this.email + ", subscription=" + this.subscription + "]";
	}

}
