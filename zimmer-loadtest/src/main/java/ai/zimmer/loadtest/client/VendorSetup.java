package ai.zimmer.loadtest.client;

import ai.zimmer.loadtest.customer.ResourceId;
import ai.zimmer.loadtest.settings.AdminCredentials;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Creates the run's vendor automation through the staff API and makes it listed: created
 * active and listed, given a service token, then probed healthy (the listing gate of the
 * product specification).
 */
public final class VendorSetup {

	private final ZimmerClient client;

	public VendorSetup(ZimmerClient client) {
		this.client = client;
	}

	public Vendor create(AdminCredentials admin, URI vendorUrl, RunIdentity run) {
		Map<String, String> staff = ZimmerClient.bearer(managerToken(admin));
		String name = run.automationName();
		JsonNode automation = this.client.post("/api/admin/automations", automationBody(name, vendorUrl, run), staff,
				201);
		ResourceId id = Ids.of(automation.path("id"), "POST /api/admin/automations");
		String path = "/api/admin/automations/" + id.text();
		String serviceToken = this.client.post(path + "/rotate-token", null, staff, 200, 201)
			.path("service_token")
			.asText("");
		if (serviceToken.isEmpty()) {
			throw new SetupException("POST " + path + "/rotate-token answered no service_token");
		}
		String health = this.client.post(path + "/health-check", null, staff, 200).path("health_status").asText();
		if (!"healthy".equals(health)) {
			throw new SetupException("The run's automation probed '" + health + "': is the reference automation"
					+ " answering at " + vendorUrl + "/health? Start it or pass -DsampleUrl=<its base URL>.");
		}
		this.client.get("/api/automations/" + id.text(), Map.of(), 200);
		return new Vendor(id, name, serviceToken);
	}

	private String managerToken(AdminCredentials admin) {
		Map<String, String> credentials = Map.of("email", admin.email(), "password", admin.password());
		JsonNode login;
		try {
			login = this.client.post("/api/auth/login", credentials, Map.of(), 200);
		}
		catch (SetupException ex) {
			throw new SetupException(
					"Manager login as " + admin.email() + " failed (" + ex.getMessage() + "): pass"
							+ " -DadminEmail/-DadminPassword or ZIMMER_ADMIN_EMAIL/ZIMMER_ADMIN_PASSWORD of the target",
					ex);
		}
		if (login.path("otp_required").asBoolean(false)) {
			throw new SetupException("The manager account " + admin.email() + " has two-factor authentication on;"
					+ " use a manager account without it for load tests");
		}
		return login.path("access_token").asText();
	}

	private static Map<String, Object> automationBody(String name, URI vendorUrl, RunIdentity run) {
		String base = vendorUrl.toString().replaceAll("/+$", "");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("description", "Created by zimmer-loadtest run " + run.id());
		body.put("pricing_type", "token_per_message");
		body.put("price_per_token", 1000);
		body.put("is_active", true);
		body.put("is_listed", true);
		body.put("health_check_url", base + "/health");
		body.put("provision_url", base + "/provision");
		body.put("kb_status_url", base + "/kb/status");
		body.put("kb_reset_url", base + "/kb/reset");
		return body;
	}

}
