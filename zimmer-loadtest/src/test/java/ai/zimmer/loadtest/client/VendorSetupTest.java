package ai.zimmer.loadtest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import ai.zimmer.loadtest.settings.AdminCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VendorSetupTest {

	private static final AdminCredentials ADMIN = new AdminCredentials("admin@zimmer.local", "secret");

	private static final URI SAMPLE = URI.create("http://127.0.0.1:8001/");

	private final FakeZimmer zimmer = new FakeZimmer();

	private final RunIdentity run = new RunIdentity(Clock.fixed(Instant.ofEpochMilli(1_000_000), ZoneOffset.UTC));

	@AfterEach
	void stop() {
		this.zimmer.close();
	}

	@Test
	void shouldCreateListedAutomationWithServiceTokenWhenEveryStepSucceeds() {
		answerHappyPath("healthy");

		Vendor vendor = new VendorSetup(new ZimmerClient(this.zimmer.baseUrl())).create(ADMIN, SAMPLE, this.run);

		assertThat(vendor.automation().json()).isEqualTo("42");
		assertThat(vendor.serviceToken()).isEqualTo("svc.secret");
		assertThat(vendor.name()).isEqualTo("Load test automation lfls");
		assertThat(this.zimmer.requests()).extracting(FakeZimmer.Recorded::call)
			.containsExactly("POST /api/auth/login", "POST /api/admin/automations",
					"POST /api/admin/automations/42/rotate-token", "POST /api/admin/automations/42/health-check",
					"GET /api/automations/42");
		assertThat(this.zimmer.request("POST /api/admin/automations").authorization()).isEqualTo("Bearer staff");
	}

	@Test
	void shouldPointTheAutomationAtTheVendorServiceWhenCreatingIt() {
		answerHappyPath("healthy");

		new VendorSetup(new ZimmerClient(this.zimmer.baseUrl())).create(ADMIN, SAMPLE, this.run);

		assertThat(this.zimmer.request("POST /api/admin/automations").body())
			.contains("\"health_check_url\":\"http://127.0.0.1:8001/health\"")
			.contains("\"provision_url\":\"http://127.0.0.1:8001/provision\"")
			.contains("\"kb_status_url\":\"http://127.0.0.1:8001/kb/status\"")
			.contains("\"kb_reset_url\":\"http://127.0.0.1:8001/kb/reset\"")
			.contains("\"is_active\":true")
			.contains("\"is_listed\":true")
			.contains("\"pricing_type\":\"token_per_message\"");
	}

	@Test
	void shouldNameTheVendorServiceWhenTheProbeIsNotHealthy() {
		answerHappyPath("unhealthy");
		VendorSetup setup = new VendorSetup(new ZimmerClient(this.zimmer.baseUrl()));

		assertThatExceptionOfType(SetupException.class).isThrownBy(() -> setup.create(ADMIN, SAMPLE, this.run))
			.withMessageContaining("probed 'unhealthy'")
			.withMessageContaining("-DsampleUrl");
	}

	@Test
	void shouldSayWhichCredentialsToPassWhenManagerLoginFails() {
		this.zimmer.answer("POST /api/auth/login", 401, "{\"code\":\"invalid_credentials\",\"detail\":\"no\"}");
		VendorSetup setup = new VendorSetup(new ZimmerClient(this.zimmer.baseUrl()));

		assertThatExceptionOfType(SetupException.class).isThrownBy(() -> setup.create(ADMIN, SAMPLE, this.run))
			.withMessageContaining("401 invalid_credentials")
			.withMessageContaining("-DadminPassword")
			.withMessageContaining("ZIMMER_ADMIN_PASSWORD");
	}

	@Test
	void shouldRefuseManagerWithTwoFactorWhenLoginAsksForCode() {
		this.zimmer.answer("POST /api/auth/login", 200, "{\"otp_required\":true,\"challenge_token\":\"c\"}");
		VendorSetup setup = new VendorSetup(new ZimmerClient(this.zimmer.baseUrl()));

		assertThatExceptionOfType(SetupException.class).isThrownBy(() -> setup.create(ADMIN, SAMPLE, this.run))
			.withMessageContaining("two-factor");
	}

	@Test
	void shouldFailWhenTheAutomationIsNotListedAfterTheProbe() {
		answerHappyPath("healthy");
		this.zimmer.answer("GET /api/automations/42", 404, "{\"code\":\"not_found\"}");
		VendorSetup setup = new VendorSetup(new ZimmerClient(this.zimmer.baseUrl()));

		assertThatExceptionOfType(SetupException.class).isThrownBy(() -> setup.create(ADMIN, SAMPLE, this.run))
			.withMessageContaining("GET /api/automations/42 answered 404");
	}

	private void answerHappyPath(String health) {
		this.zimmer.answer("POST /api/auth/login", 200, "{\"access_token\":\"staff\",\"expires_in\":900}")
			.answer("POST /api/admin/automations", 201, "{\"id\":42}")
			.answer("POST /api/admin/automations/42/rotate-token", 200, "{\"service_token\":\"svc.secret\"}")
			.answer("POST /api/admin/automations/42/health-check", 200, "{\"health_status\":\"" + health + "\"}")
			.answer("GET /api/automations/42", 200, "{\"id\":42}");
	}

}
