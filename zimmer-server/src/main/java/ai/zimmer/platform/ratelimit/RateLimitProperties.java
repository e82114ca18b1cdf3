package ai.zimmer.platform.ratelimit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Rate limits shared by every instance (operations.md §7).
 *
 * @param loginFailuresPerAccount failed logins allowed per account and window
 * @param loginFailuresPerIp failed logins allowed per client address and window
 * @param loginWindow the login window
 * @param refreshesPerSession refreshes allowed per session and refresh window
 * @param refreshWindow the refresh window
 * @param paymentInitsPerUser payment starts allowed per user and payment window
 * @param paymentWindow the payment window
 */
@ConfigurationProperties("zimmer.rate-limit")
public record RateLimitProperties(Integer loginFailuresPerAccount, Integer loginFailuresPerIp, Duration loginWindow,
		Integer refreshesPerSession, Duration refreshWindow, Integer paymentInitsPerUser, Duration paymentWindow) {

	public RateLimitProperties {
		loginFailuresPerAccount = (loginFailuresPerAccount != null) ? loginFailuresPerAccount : 5;
		loginFailuresPerIp = (loginFailuresPerIp != null) ? loginFailuresPerIp : 5;
		loginWindow = (loginWindow != null) ? loginWindow : Duration.ofMinutes(1);
		refreshesPerSession = (refreshesPerSession != null) ? refreshesPerSession : 60;
		refreshWindow = (refreshWindow != null) ? refreshWindow : Duration.ofHours(1);
		paymentInitsPerUser = (paymentInitsPerUser != null) ? paymentInitsPerUser : 10;
		paymentWindow = (paymentWindow != null) ? paymentWindow : Duration.ofMinutes(1);
	}

}
