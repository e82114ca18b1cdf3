package ai.zimmer.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.platform.security.Role;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the manager named by {@code ZIMMER_ADMIN_EMAIL} and
 * {@code ZIMMER_ADMIN_PASSWORD} when no account has that email yet; an existing account
 * is left as it is.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstManager implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstManager.class);

	private final AdminProperties properties;

	private final AccountService accounts;

	FirstManager(AdminProperties properties, AccountService accounts) {
		this.properties = properties;
		this.accounts = accounts;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.configured()) {
			return;
		}
		String password = this.properties.password();
		if (password == null || password.length() < 8) {
			throw new IllegalStateException("ZIMMER_ADMIN_EMAIL is set but ZIMMER_ADMIN_PASSWORD is missing or "
					+ "shorter than 8 characters: set it to create the first manager account");
		}
		if (this.accounts.findByEmail(this.properties.email()).isEmpty()) {
			this.accounts.createUser("Zimmer Manager", this.properties.email(), password, null, Role.MANAGER);
			logger.info("Created the first manager account '{}'", this.properties.email());
		}
	}

}
