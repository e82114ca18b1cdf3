package ai.zimmer.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Secrets and lifetimes of credentials. Secrets come only from the environment.
 *
 * @param jwtSecret HMAC key (at least 32 bytes, base64) that signs access tokens; env
 * {@code ZIMMER_JWT_SECRET}
 * @param encryptionKey AES-256 key (32 bytes, base64) for secrets kept at rest; env
 * {@code ZIMMER_ENCRYPTION_KEY}
 * @param accessTokenTtl lifetime of an access token
 * @param refreshTokenTtl lifetime of a session and its refresh token
 * @param sessionIdleTimeout a session unused for longer than this can no longer be
 * refreshed
 * @param secureCookies whether the refresh cookie is marked {@code Secure} (off only in
 * local mode)
 * @param serviceTokenGracePeriod how long a rotated vendor service token keeps working
 */
@ConfigurationProperties("zimmer.security")
public record SecurityProperties(String jwtSecret, String encryptionKey, Duration accessTokenTtl,
		Duration refreshTokenTtl, Duration sessionIdleTimeout, Boolean secureCookies,
		Duration serviceTokenGracePeriod) {

	public SecurityProperties {
		accessTokenTtl = (accessTokenTtl != null) ? accessTokenTtl : Duration.ofMinutes(15);
		refreshTokenTtl = (refreshTokenTtl != null) ? refreshTokenTtl : Duration.ofDays(7);
		sessionIdleTimeout = (sessionIdleTimeout != null) ? sessionIdleTimeout : Duration.ofMinutes(120);
		secureCookies = (secureCookies != null) ? secureCookies : Boolean.TRUE;
		serviceTokenGracePeriod = (serviceTokenGracePeriod != null) ? serviceTokenGracePeriod : Duration.ofHours(24);
	}

	byte[] requiredKey(String value, String variable, int minimumBytes) {
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(variable + " is not set: set it to a base64 key of " + minimumBytes
					+ " random bytes (for example `openssl rand -base64 " + minimumBytes + "`)");
		}
		byte[] key = java.util.Base64.getDecoder().decode(value.trim());
		if (key.length < minimumBytes) {
			throw new IllegalStateException(variable + " is too short: it must decode to at least " + minimumBytes
					+ " bytes (for example `openssl rand -base64 " + minimumBytes + "`)");
		}
		return key;
	}

}
