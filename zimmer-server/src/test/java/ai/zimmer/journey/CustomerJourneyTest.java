package ai.zimmer.journey;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.zimmer.platform.security.Role;
import ai.zimmer.sample.SampleAutomationServer;
import ai.zimmer.sample.SampleAutomationSettings;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.Fixtures;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole customer journey over a real port, with the reference automation as the real
 * vendor.
 */
@IntegrationTest
class CustomerJourneyTest {

	private static final Pattern PAY_LINK = Pattern.compile("<a id=\"pay\" href=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	Api api;

	SampleAutomationServer vendor;

	@BeforeEach
	void startVendor() {
		this.api = new Api(this.port);
		this.vendor = SampleAutomationServer.start(SampleAutomationSettings.defaults()
			.withPort(0)
			.withZimmerBaseUrl(URI.create("http://127.0.0.1:" + this.port)));
	}

	@AfterEach
	void stopVendor() {
		this.vendor.close();
	}

	@Test
	void aCustomerShouldGoFromSignUpToPaidUsageAndSignOut() {
		long automationId = listAutomationAtTheVendor(2000);
		String email = "journey-" + UUID.randomUUID() + "@example.com";
		this.api.post("/api/auth/register", Map.of("name", "Journey", "email", email, "password", "journey-pass"))
			.send()
			.expect(201);
		Reply login = this.api.post("/api/auth/login", Map.of("email", email, "password", "journey-pass"))
			.send()
			.expect(200);
		String token = login.text("access_token");

		Reply marketplace = this.api.get("/api/automations/marketplace?q=Journey+bot+" + automationId)
			.send()
			.expect(200);
		assertThat(marketplace.json().path("items").findValuesAsString("name")).contains("Journey bot " + automationId);

		long subscriptionId = this.api.post("/api/user/automations", Map.of("automation_id", automationId))
			.bearer(token)
			.send()
			.expect(201)
			.number("id");
		Reply provisioned = this.api.post("/api/user/automations/" + subscriptionId + "/provision", null)
			.bearer(token)
			.send()
			.expect(200);
		assertThat(provisioned.text("integration_status")).isEqualTo("active");
		assertThat(this.vendor.isProvisioned(Long.toString(subscriptionId))).isTrue();

		for (int message = 1; message <= 5; message++) {
			assertThat(chat(subscriptionId).json().path("accepted").asBoolean()).isTrue();
		}
		Reply refused = chat(subscriptionId);
		assertThat(refused.json().path("accepted").asBoolean()).isFalse();

		Reply payment = this.api.post("/api/payments/init", Map.of("automation_id", automationId, "tokens", 10))
			.bearer(token)
			.send()
			.expect(201);
		assertThat(payment.number("amount")).isEqualTo(20000);
		String page = this.api.get(payment.text("redirect_url")).send().expect(200).body();
		Matcher pay = PAY_LINK.matcher(page);
		assertThat(pay.find()).isTrue();
		Reply paid = this.api.get(pay.group(1).replace("&amp;", "&")).send().expect(200);
		assertThat(paid.text("status")).isEqualTo("succeeded");

		Reply spent = chat(subscriptionId);
		assertThat(spent.json().path("accepted").asBoolean()).isTrue();
		assertThat(spent.number("remaining_paid_tokens")).isEqualTo(9);

		Reply dashboard = this.api.get("/api/user/dashboard").bearer(token).send().expect(200);
		assertThat(dashboard.json().path("totals").path("demo_tokens").asLong()).isZero();
		assertThat(dashboard.json().path("totals").path("paid_tokens").asLong()).isEqualTo(9);
		assertThat(dashboard.json().path("subscriptions").get(0).path("is_demo_active").asBoolean()).isFalse();

		String oldRefresh = login.text("refresh_token");
		Reply refreshed = this.api.post("/api/auth/refresh", Map.of("refresh_token", oldRefresh)).send().expect(200);
		assertThat(refreshed.text("refresh_token")).isNotEqualTo(oldRefresh);
		assertThat(this.api.post("/api/auth/refresh", Map.of("refresh_token", oldRefresh)).send().status())
			.isEqualTo(401);

		Reply signIn = this.api.post("/api/auth/login", Map.of("email", email, "password", "journey-pass"))
			.send()
			.expect(200);
		this.api.post("/api/auth/logout", null).bearer(signIn.text("access_token")).send().expect(204);
		assertThat(this.api.post("/api/auth/refresh", Map.of("refresh_token", signIn.text("refresh_token")))
			.send()
			.status()).isEqualTo(401);
	}

	private Reply chat(long subscriptionId) {
		return this.vendorApi().post("/chat", Map.of("user_automation_id", subscriptionId, "message", "hello")).send();
	}

	private Api vendorApi() {
		return new Api(this.vendor.port());
	}

	private long listAutomationAtTheVendor(long pricePerToken) {
		String staff = this.fixtures.signedIn(this.api, Role.TECHNICAL_TEAM);
		String base = this.vendor.baseUrl();
		long id = this.api
			.post("/api/admin/automations",
					Map.of("name", "Journey bot " + UUID.randomUUID(), "description", "End-to-end test automation",
							"pricing_type", "token_per_message", "price_per_token", pricePerToken, "is_active", true,
							"is_listed", true, "health_check_url", base + "/health", "provision_url",
							base + "/provision", "kb_status_url", base + "/kb/status"))
			.bearer(staff)
			.send()
			.expect(201)
			.number("id");
		this.api.patch("/api/admin/automations/" + id, Map.of("name", "Journey bot " + id))
			.bearer(staff)
			.send()
			.expect(200);
		this.api.post("/api/admin/automations/" + id + "/rotate-token", null).bearer(staff).send().expect(200);
		Reply health = this.api.post("/api/admin/automations/" + id + "/health-check", null)
			.bearer(staff)
			.send()
			.expect(200);
		assertThat(health.text("health_status")).isEqualTo("healthy");
		return id;
	}

}
