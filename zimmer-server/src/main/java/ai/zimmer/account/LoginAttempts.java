package ai.zimmer.account;

import java.util.Locale;

import ai.zimmer.platform.ratelimit.RateLimitProperties;
import ai.zimmer.platform.ratelimit.RateLimiter;

import org.springframework.stereotype.Component;

/**
 * Brute-force protection of sign-in: failed logins are counted per account and per client
 * address across all instances, and a login is refused with 429 before any password check
 * once either count is spent. Successful logins count nothing, so that people behind one
 * address are not locked out by their own colleagues.
 */
@Component
class LoginAttempts {

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	LoginAttempts(RateLimiter limiter, RateLimitProperties limits) {
		this.limiter = limiter;
		this.limits = limits;
	}

	void checkAllowed(String email, ClientInfo client) {
		this.limiter.check(accountKey(email), this.limits.loginFailuresPerAccount(), this.limits.loginWindow());
		if (client.ip() != null) {
			this.limiter.check(ipKey(client), this.limits.loginFailuresPerIp(), this.limits.loginWindow());
		}
	}

	void failed(String email, ClientInfo client) {
		this.limiter.hit(accountKey(email), this.limits.loginWindow());
		if (client.ip() != null) {
			this.limiter.hit(ipKey(client), this.limits.loginWindow());
		}
	}

	private static String accountKey(String email) {
		return "login:account:" + email.trim().toLowerCase(Locale.ROOT);
	}

	private static String ipKey(ClientInfo client) {
		return "login:ip:" + client.ip();
	}

}
