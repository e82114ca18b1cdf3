package ai.zimmer.integration;

import java.util.Map;
import java.util.UUID;

import ai.zimmer.account.AccountService;
import ai.zimmer.marketplace.AutomationFixtures;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.error.RetryableApiException;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.Role;
import ai.zimmer.sample.Faults;
import ai.zimmer.sample.SampleAutomationServer;
import ai.zimmer.sample.SampleAutomationSettings;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.IntegrationTest;
import ai.zimmer.wallet.WalletService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class IntegrationApiTest {

	/** Nothing listens on the discard port: every call to it is refused at once. */
	static final String NO_VENDOR = "http://127.0.0.1:9";

	static final String HEALTHY = "{\"status\": \"ok\", \"version\": \"9.9\", \"uptime\": 1}";

	static SampleAutomationServer vendor;

	static String technical;

	static String support;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	WalletService wallets;

	@Autowired
	ProvisioningService provisioning;

	@Autowired
	HealthProbeJob job;

	@Autowired
	JdbcClient jdbc;

	Api api;

	AutomationFixtures fixtures;

	String name;

	@BeforeAll
	static void startVendor() {
		vendor = SampleAutomationServer.start(SampleAutomationSettings.defaults().withPort(0));
	}

	@AfterAll
	static void stopVendor() {
		vendor.close();
	}

	@BeforeEach
	void setUp() {
		vendor.faults().reset();
		this.api = new Api(this.port);
		this.fixtures = new AutomationFixtures(this.api, this.accounts);
		if (technical == null) {
			technical = this.fixtures.staffToken(Role.TECHNICAL_TEAM);
			support = this.fixtures.staffToken(Role.SUPPORT_STAFF);
		}
		this.name = "int-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void healthCheckShouldStoreAndAnswerTheVerdictOfTheReferenceAutomation() {
		long id = this.fixtures.createAutomation(technical, automation(vendor.baseUrl(), Map.of()));

		Reply healthy = this.fixtures.healthCheck(technical, id).expect(200);
		vendor.faults().health(Faults.Health.DEGRADED);
		Reply degraded = this.fixtures.healthCheck(technical, id).expect(200);
		vendor.faults().health(Faults.Health.DOWN);
		Reply down = this.fixtures.healthCheck(technical, id).expect(200);

		assertThat(healthy.text("health_status")).isEqualTo("healthy");
		assertThat(healthy.text("last_health_at")).isNotBlank();
		assertThat(healthy.json().path("health_details").path("version").asString())
			.isEqualTo(vendor.settings().version());
		assertThat(degraded.text("health_status")).isEqualTo("degraded");
		assertThat(degraded.json().path("health_details").path("status").asString()).isEqualTo("degraded");
		assertThat(down.text("health_status")).isEqualTo("unhealthy");
		assertThat(down.json().path("health_details").path("http_status").asInt()).isEqualTo(503);
		JsonNode stored = this.api.get("/api/admin/automations/" + id).bearer(support).send().json();
		assertThat(stored.path("health_status").asString()).isEqualTo("unhealthy");
		assertThat(stored.path("last_health_at").asString()).isEqualTo(down.text("last_health_at"));
		assertThat(auditCount(id, "automation.health_checked")).isEqualTo(3);
	}

	@Test
	void healthCheckWithoutAHealthUrlShouldBe409AndOfAnUnknownAutomation404() {
		long id = this.fixtures.createAutomation(technical,
				automation(vendor.baseUrl(), nullValue("health_check_url")));

		Reply notConfigured = this.fixtures.healthCheck(technical, id);
		Reply unknown = this.fixtures.healthCheck(technical, 999_999_999);

		assertThat(notConfigured.status()).isEqualTo(409);
		assertThat(notConfigured.text("code")).isEqualTo("integration_not_configured");
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void provisionShouldSucceedAgainstTheReferenceAutomation() {
		long id = this.fixtures.listedAutomation(technical, automation(vendor.baseUrl(), Map.of()));
		long subscriptionId = 800_000 + id;

		ProvisionResult result = this.provisioning.provision(id, new ProvisionRequest(subscriptionId, 7, null, 5));

		assertThat(result.succeeded()).isTrue();
		assertThat(vendor.isProvisioned(String.valueOf(subscriptionId))).isTrue();
	}

	@Test
	void provisionShouldReportAVendorFailureWithoutThrowing() {
		long id = this.fixtures.listedAutomation(technical, automation(vendor.baseUrl(), Map.of()));
		vendor.faults().provision(Faults.Provision.FAIL);

		ProvisionResult result = this.provisioning.provision(id, new ProvisionRequest(900_000 + id, 7, null, 5));

		assertThat(result.succeeded()).isFalse();
		assertThat(result.detail()).contains("HTTP 500");
		assertThat(vendor.isProvisioned(String.valueOf(900_000 + id))).isFalse();
	}

	@Test
	void provisionWithoutAUrlOrATokenShouldFailAndOfAnUnknownAutomationShouldBe404() {
		long withoutUrl = this.fixtures.createAutomation(technical,
				automation(vendor.baseUrl(), nullValue("provision_url")));
		this.fixtures.rotateToken(technical, withoutUrl);
		long withoutToken = this.fixtures.createAutomation(technical, automation(vendor.baseUrl(), Map.of()));
		ProvisionRequest request = new ProvisionRequest(1, 1, null, 0);

		assertThat(this.provisioning.provision(withoutUrl, request).detail()).contains("provision_url");
		assertThat(this.provisioning.provision(withoutToken, request).detail()).contains("service token");
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> this.provisioning.provision(999_999_999, request))
			.satisfies((ex) -> assertThat(ex.status().value()).isEqualTo(404));
	}

	@Test
	void repeatedFailuresShouldOpenTheCircuitFailFastAndDelistTheAutomation() {
		try (StubVendor stub = StubVendor.start()) {
			stub.answer(200, HEALTHY);
			long id = this.fixtures.listedAutomation(technical, automation(stub.url(""), Map.of()));
			long subscriptionId = subscribe(id);
			stub.answer(500, "{}");
			for (int i = 0; i < 5; i++) {
				assertThat(
						this.provisioning.provision(id, new ProvisionRequest(subscriptionId, 1, null, 5)).succeeded())
					.isFalse();
			}
			int callsBeforeOpen = stub.requests();

			Reply knowledgeBase = this.api.get("/api/admin/kb-status?subscription_id=" + subscriptionId)
				.bearer(support)
				.send();

			assertThatExceptionOfType(RetryableApiException.class)
				.isThrownBy(() -> this.provisioning.provision(id, new ProvisionRequest(subscriptionId, 1, null, 5)))
				.satisfies((ex) -> assertThat(ex.code()).isEqualTo("automation_unavailable"));
			assertThat(knowledgeBase.status()).isEqualTo(503);
			assertThat(knowledgeBase.text("code")).isEqualTo("automation_unavailable");
			assertThat(knowledgeBase.header("Retry-After")).isEqualTo("30");
			assertThat(stub.requests()).isEqualTo(callsBeforeOpen);
			assertThat(this.api.get("/api/automations/" + id).send().status()).isEqualTo(404);
			assertThat(this.api.get("/api/admin/automations/" + id).bearer(support).send().text("health_status"))
				.isEqualTo("unhealthy");

			stub.answer(200, HEALTHY);
			this.fixtures.healthCheck(technical, id).expect(200);

			assertThat(this.api.get("/api/automations/" + id).send().status()).isEqualTo(200);
			assertThat(this.provisioning.provision(id, new ProvisionRequest(subscriptionId, 1, null, 5)).succeeded())
				.isTrue();
		}
	}

	@Test
	void knowledgeBaseStatusAndResetShouldAnswerTheVendorsJson() {
		long id = this.fixtures.listedAutomation(technical, automation(vendor.baseUrl(), Map.of()));
		long subscriptionId = subscribe(id);

		Reply status = this.api.get("/api/admin/kb-status?automation_id=" + id + "&subscription_id=" + subscriptionId)
			.bearer(support)
			.send();
		Reply reset = this.api.post("/api/admin/kb-reset/" + subscriptionId, null).bearer(technical).send();

		assertThat(status.status()).isEqualTo(200);
		assertThat(status.text("status")).isEqualTo("healthy");
		assertThat(status.json().path("supports_reset").asBoolean()).isTrue();
		assertThat(status.json().path("error_logs").isArray()).isTrue();
		assertThat(reset.status()).isEqualTo(200);
		assertThat(reset.text("status")).isEqualTo("reset");
		assertThat(this.jdbc
			.sql("select count(*) from audit_events where action = 'knowledge_base.reset' and object_id = ?")
			.param(String.valueOf(subscriptionId))
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void knowledgeBaseCallsShouldCheckRolesSubscriptionAndAutomation() {
		long id = this.fixtures.listedAutomation(technical, automation(vendor.baseUrl(), Map.of()));
		long subscriptionId = subscribe(id);
		String customer = this.api.registerCustomer().text("access_token");

		assertThat(this.api.post("/api/admin/kb-reset/" + subscriptionId, null).bearer(support).send().status())
			.isEqualTo(403);
		assertThat(
				this.api.get("/api/admin/kb-status?subscription_id=" + subscriptionId).bearer(customer).send().status())
			.isEqualTo(403);
		assertThat(this.api.get("/api/admin/kb-status?subscription_id=999999999").bearer(support).send().status())
			.isEqualTo(404);
		Reply mismatch = this.api
			.get("/api/admin/kb-status?automation_id=" + (id + 1) + "&subscription_id=" + subscriptionId)
			.bearer(support)
			.send();
		assertThat(mismatch.status()).isEqualTo(422);
		assertThat(mismatch.json().path("errors").findValuesAsString("field")).containsExactly("automation_id");
		assertThat(this.api.get("/api/admin/kb-status").bearer(support).send().status()).isEqualTo(400);
	}

	@Test
	void aVendorFailingAKnowledgeBaseCallShouldBe502() {
		long id = this.fixtures.listedAutomation(technical, automation(vendor.baseUrl(),
				Map.of("kb_status_url", NO_VENDOR + "/kb/status", "kb_reset_url", vendor.baseUrl() + "/no-such-path")));
		long subscriptionId = subscribe(id);

		Reply status = this.api.get("/api/admin/kb-status?subscription_id=" + subscriptionId).bearer(support).send();
		Reply reset = this.api.post("/api/admin/kb-reset/" + subscriptionId, null).bearer(technical).send();

		assertThat(status.status()).isEqualTo(502);
		assertThat(status.text("code")).isEqualTo("automation_unavailable");
		assertThat(reset.status()).isEqualTo(502);
		assertThat(reset.text("detail")).contains("HTTP 404");
	}

	@Test
	void aKnowledgeBaseAnswerThatIsNotAJsonObjectShouldBe502() {
		try (StubVendor stub = StubVendor.start()) {
			stub.answer(200, HEALTHY);
			long id = this.fixtures.listedAutomation(technical, automation(stub.url(""), Map.of()));
			long subscriptionId = subscribe(id);
			stub.answer(200, "<html>maintenance</html>");

			Reply status = this.api.get("/api/admin/kb-status?subscription_id=" + subscriptionId)
				.bearer(support)
				.send();

			assertThat(status.status()).isEqualTo(502);
			assertThat(stub.lastBody()).contains("\"user_automation_id\":" + subscriptionId);
		}
	}

	@Test
	void theScheduledJobShouldProbeDueAutomationsUnderTheLockAndSkipRecentlyProbedOnes() {
		long due = this.fixtures.createAutomation(technical, automation(vendor.baseUrl(), Map.of()));
		try (StubVendor stub = StubVendor.start()) {
			stub.answer(200, HEALTHY);
			long recent = this.fixtures.createAutomation(technical, automation(stub.url(""), Map.of()));
			this.fixtures.healthCheck(technical, recent).expect(200);
			stub.answer(500, "{}");
			int stubCalls = stub.requests();

			this.job.probeDueAutomations();

			assertThat(healthStatus(due)).isEqualTo("healthy");
			assertThat(healthStatus(recent)).isEqualTo("healthy");
			assertThat(stub.requests()).isEqualTo(stubCalls);
		}
		assertThat(this.jdbc.sql("select count(*) from shedlock where name = 'automation-health-probe'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long subscribe(long automationId) {
		long customerId = this.api.registerCustomer().json().path("user").path("id").asLong();
		return this.wallets.subscribe(new Caller(customerId, Role.CUSTOMER, UUID.randomUUID()), automationId, null)
			.id();
	}

	private String healthStatus(long id) {
		return this.api.get("/api/admin/automations/" + id).bearer(support).send().text("health_status");
	}

	private long auditCount(long id, String action) {
		return this.jdbc
			.sql("select count(*) from audit_events where object_type = 'automation' and object_id = ? and action = ?")
			.params(String.valueOf(id), action)
			.query(Long.class)
			.single();
	}

	private Map<String, Object> automation(String vendorBaseUrl, Map<String, Object> overrides) {
		return AutomationFixtures.automation(this.name, vendorBaseUrl, overrides);
	}

	private static Map<String, Object> nullValue(String field) {
		Map<String, Object> overrides = new java.util.HashMap<>();
		overrides.put(field, null);
		return overrides;
	}

}
