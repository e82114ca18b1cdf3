package ai.zimmer.support;

import java.util.Map;
import java.util.UUID;

import ai.zimmer.account.AccountService;
import ai.zimmer.marketplace.ServiceTokenService;
import ai.zimmer.platform.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test data made the way production makes it where an API exists, and inserted directly
 * where it does not yet.
 */
@Component
public class Fixtures {

	private final JdbcClient jdbc;

	private final AccountService accounts;

	private final ServiceTokenService serviceTokens;

	Fixtures(JdbcClient jdbc, AccountService accounts, ServiceTokenService serviceTokens) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.serviceTokens = serviceTokens;
	}

	/**
	 * A listed automation that passed its health probe, with a fresh service token.
	 */
	public ListedAutomation listedAutomation(long pricePerToken) {
		long id = this.jdbc
			.sql("insert into automations (name, description, pricing_type, price_per_token, is_active, is_listed, "
					+ "health_status, last_health_at) values (?, 'A test automation', 'token_per_message', ?, true, "
					+ "true, 'healthy', now()) returning id")
			.params("Automation " + UUID.randomUUID(), pricePerToken)
			.query(Long.class)
			.single();
		String token = this.serviceTokens.rotate(id, staffUser(Role.TECHNICAL_TEAM)).serviceToken();
		return new ListedAutomation(id, token);
	}

	public long staffUser(Role role) {
		return this.accounts.createUser("Staff", "staff-" + UUID.randomUUID() + "@zimmer.test", "staff-password", null,
				role);
	}

	/**
	 * Signs a new user of the given role in and returns the access token.
	 */
	public String signedIn(Api api, Role role) {
		String email = "staff-" + UUID.randomUUID() + "@zimmer.test";
		this.accounts.createUser("Staff", email, "staff-password", null, role);
		return api.post("/api/auth/login", Map.of("email", email, "password", "staff-password"))
			.send()
			.expect(200)
			.text("access_token");
	}

	public JdbcClient jdbc() {
		return this.jdbc;
	}

	/**
	 * An automation id and its plain service token.
	 */
	public record ListedAutomation(long id, String serviceToken) {
	}

}
