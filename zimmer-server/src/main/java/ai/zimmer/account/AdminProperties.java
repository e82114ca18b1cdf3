package ai.zimmer.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first manager account, created at start-up when it does not exist yet.
 *
 * @param email env {@code ZIMMER_ADMIN_EMAIL}
 * @param password env {@code ZIMMER_ADMIN_PASSWORD}; required when the email is set
 */
@ConfigurationProperties("zimmer.admin")
record AdminProperties(String email, String password) {

	boolean configured() {
		return this.email != null && !this.email.isBlank();
	}

}
