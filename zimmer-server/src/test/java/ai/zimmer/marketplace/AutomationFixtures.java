package ai.zimmer.marketplace;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import ai.zimmer.account.AccountService;
import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;

/**
 * Staff accounts and automations for API tests, created through the staff API as staff
 * would.
 */
public final class AutomationFixtures {

	private static final String PASSWORD = "staff-password-123";

	private final Api api;

	private final AccountService accounts;

	public AutomationFixtures(Api api, AccountService accounts) {
		this.api = api;
		this.accounts = accounts;
	}

	/**
	 * Creates a staff member with a unique email and returns an access token for them.
	 */
	public String staffToken(Role role) {
		String email = role.value() + "-" + UUID.randomUUID() + "@zimmer.test";
		this.accounts.createUser("Staff " + role.value(), email, PASSWORD, null, role);
		return this.api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD))
			.send()
			.expect(200)
			.text("access_token");
	}

	/**
	 * A complete create request for an automation whose vendor lives at
	 * {@code vendorBaseUrl}; {@code overrides} replace or add fields.
	 */
	public static Map<String, Object> automation(String name, String vendorBaseUrl, Map<String, Object> overrides) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("name", name);
		fields.put("description", "Answers questions about " + name);
		fields.put("pricing_type", "token_per_message");
		fields.put("price_per_token", 1500);
		fields.put("is_active", true);
		fields.put("is_listed", true);
		fields.put("health_check_url", vendorBaseUrl + "/health");
		fields.put("provision_url", vendorBaseUrl + "/provision");
		fields.put("kb_status_url", vendorBaseUrl + "/kb/status");
		fields.put("kb_reset_url", vendorBaseUrl + "/kb/reset");
		fields.putAll(overrides);
		return fields;
	}

	public Reply create(String token, Map<String, Object> fields) {
		return this.api.post("/api/admin/automations", fields).bearer(token).send();
	}

	public long createAutomation(String token, Map<String, Object> fields) {
		return create(token, fields).expect(201).number("id");
	}

	public String rotateToken(String token, long automationId) {
		return this.api.post("/api/admin/automations/" + automationId + "/rotate-token", null)
			.bearer(token)
			.send()
			.expect(200)
			.text("service_token");
	}

	public Reply healthCheck(String token, long automationId) {
		return this.api.post("/api/admin/automations/" + automationId + "/health-check", null).bearer(token).send();
	}

	/**
	 * Creates an automation that passes the listing gate: active, listed, with a service
	 * token and a healthy probe of the vendor at {@code vendorBaseUrl}.
	 */
	public long listedAutomation(String token, Map<String, Object> fields) {
		long id = createAutomation(token, fields);
		rotateToken(token, id);
		String status = healthCheck(token, id).expect(200).text("health_status");
		if (!"healthy".equals(status)) {
			throw new IllegalStateException("Automation " + id + " is " + status + " instead of healthy");
		}
		return id;
	}

}
