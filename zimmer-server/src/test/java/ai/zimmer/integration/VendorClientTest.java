package ai.zimmer.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import ai.zimmer.integration.StubVendor.Answer;
import ai.zimmer.integration.VendorOutcome.Answered;
import ai.zimmer.integration.VendorOutcome.Unreachable;
import ai.zimmer.marketplace.HealthStatus;
import ai.zimmer.sample.Faults;
import ai.zimmer.sample.SampleAutomationServer;
import ai.zimmer.sample.SampleAutomationSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vendor calls and the health verdict of the integration contract, against the real
 * reference automation and against a stub that misbehaves on purpose.
 */
class VendorClientTest {

	static final JsonMapper JSON = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.build();

	static SampleAutomationServer sample;

	final List<Object> events = new ArrayList<>();

	StubVendor stub;

	VendorClient client;

	@BeforeAll
	static void startSample() {
		sample = SampleAutomationServer.start(SampleAutomationSettings.defaults().withPort(0));
	}

	@AfterAll
	static void stopSample() {
		sample.close();
	}

	@BeforeEach
	void setUp() {
		sample.faults().reset();
		this.stub = StubVendor.start();
		this.client = client(fastProperties());
	}

	@AfterEach
	void tearDown() {
		this.stub.close();
	}

	@Test
	void healthyReferenceAutomationShouldBeHealthyWithItsVersionAndUptime() {
		HealthProbe probe = this.client.probeHealth(endpoint(sample.baseUrl() + "/health"));

		assertThat(probe.status()).isEqualTo(HealthStatus.HEALTHY);
		assertThat(probe.details()).containsEntry("http_status", 200)
			.containsEntry("status", "ok")
			.containsEntry("version", sample.settings().version())
			.containsKeys("uptime", "response_ms");
	}

	@Test
	void degradedReferenceAutomationShouldBeDegraded() {
		sample.faults().health(Faults.Health.DEGRADED);

		HealthProbe probe = this.client.probeHealth(endpoint(sample.baseUrl() + "/health"));

		assertThat(probe.status()).isEqualTo(HealthStatus.DEGRADED);
		assertThat(probe.details()).containsEntry("status", "degraded");
	}

	@Test
	void downReferenceAutomationShouldBeUnhealthy() {
		sample.faults().health(Faults.Health.DOWN);

		HealthProbe probe = this.client.probeHealth(endpoint(sample.baseUrl() + "/health"));

		assertThat(probe.status()).isEqualTo(HealthStatus.UNHEALTHY);
		assertThat(probe.details()).containsEntry("http_status", 503)
			.containsEntry("error", "unexpected HTTP status 503");
	}

	@Test
	void slowReferenceAutomationShouldBeUnhealthyAfterTheRequestTimeout() {
		sample.faults().latency(Duration.ofSeconds(2));

		HealthProbe probe = this.client.probeHealth(endpoint(sample.baseUrl() + "/health"));

		assertThat(probe.status()).isEqualTo(HealthStatus.UNHEALTHY);
		assertThat(probe.details()).containsEntry("error", "no answer within 300 ms");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ok", "healthy", "up", "OK", "Up" })
	void healthyStatusesShouldBeHealthy(String status) {
		this.stub.answer(200, "{\"status\": \"" + status + "\", \"version\": \"2.1\", \"uptime\": 5}");

		assertThat(probeStub().status()).isEqualTo(HealthStatus.HEALTHY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "degraded", "maintenance", "" })
	void otherStatusesShouldBeDegraded(String status) {
		this.stub.answer(200, "{\"status\": \"" + status + "\", \"version\": \"2.1\", \"uptime\": \"5m\"}");

		HealthProbe probe = probeStub();

		assertThat(probe.status()).isEqualTo(HealthStatus.DEGRADED);
		assertThat(probe.details()).containsEntry("uptime", "5m");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"status\": \"ok\", \"version\": ", "not json", "", "[\"ok\"]", "\"ok\"",
			"{\"status\": \"ok\", \"uptime\": 5}", "{\"status\": \"ok\", \"version\": \"1\"}",
			"{\"version\": \"1\", \"uptime\": 5}", "{\"status\": null, \"version\": \"1\", \"uptime\": 5}",
			"{\"status\": 1, \"version\": \"1\", \"uptime\": 5}" })
	void answersOutsideTheContractShouldBeUnhealthy(String body) {
		this.stub.answer(200, body);

		HealthProbe probe = probeStub();

		assertThat(probe.status()).isEqualTo(HealthStatus.UNHEALTHY);
		assertThat(probe.details()).containsEntry("http_status", 200).containsKey("error");
	}

	@ParameterizedTest
	@ValueSource(ints = { 201, 204, 301, 404, 500 })
	void statusesOtherThan200ShouldBeUnhealthy(int status) {
		this.stub.answer(status, "{\"status\": \"ok\", \"version\": \"1\", \"uptime\": 5}");

		HealthProbe probe = probeStub();

		assertThat(probe.status()).isEqualTo(HealthStatus.UNHEALTHY);
		assertThat(probe.details()).containsEntry("http_status", status);
	}

	@Test
	void anAnswerOverTheSizeLimitShouldBeUnhealthy() {
		this.stub.answer(200, "{\"status\": \"ok\", \"version\": \"" + "x".repeat(5000) + "\", \"uptime\": 5}");

		HealthProbe probe = probeStub();

		assertThat(probe.status()).isEqualTo(HealthStatus.UNHEALTHY);
		assertThat(probe.details().get("error").toString()).contains("larger than 4096 bytes");
	}

	@Test
	void aRefusedConnectionShouldBeUnhealthy() {
		String url = this.stub.url("/health");
		this.stub.close();

		HealthProbe probe = this.client.probeHealth(endpoint(url));

		assertThat(probe.status()).isEqualTo(HealthStatus.UNHEALTHY);
		assertThat(probe.details()).containsKey("error").doesNotContainKey("http_status");
	}

	@Test
	void healthProbeShouldBeRetriedAfterA5xxAndSendTheServiceToken() {
		this.stub.answers(new Answer(503, "{}"), new Answer(502, "{}"),
				new Answer(200, "{\"status\": \"up\", \"version\": \"1\", \"uptime\": 5}"));

		HealthProbe probe = probeStub();

		assertThat(probe.status()).isEqualTo(HealthStatus.HEALTHY);
		assertThat(this.stub.requests()).isEqualTo(3);
		assertThat(this.stub.lastToken()).isEqualTo("token-value");
	}

	@Test
	void healthProbeShouldGiveUpAfterTheConfiguredAttempts() {
		this.stub.answer(500, "{}");

		assertThat(probeStub().status()).isEqualTo(HealthStatus.UNHEALTHY);
		assertThat(this.stub.requests()).isEqualTo(3);
	}

	@Test
	void healthProbeShouldNotRetryA4xx() {
		this.stub.answer(404, "{}");

		probeStub();

		assertThat(this.stub.requests()).isEqualTo(1);
	}

	@Test
	void provisionShouldPostTheContractBodyWithTheToken() {
		this.stub.answer(200, "{\"status\": \"provisioned\"}");

		VendorOutcome outcome = this.client.provision(endpoint(this.stub.url("/provision")),
				new ProvisionRequest(42, 7, "bot-token", 5));

		assertThat(outcome).isInstanceOfSatisfying(Answered.class, (answered) -> assertThat(answered.isOk()).isTrue());
		assertThat(JSON.readTree(this.stub.lastBody())).isEqualTo(JSON.readTree(
				"{\"user_automation_id\": 42, \"user_id\": 7, \"bot_token\": \"bot-token\", \"demo_tokens\": 5}"));
		assertThat(this.stub.lastToken()).isEqualTo("token-value");
	}

	@Test
	void provisionShouldNeverBeRetried() {
		this.stub.answer(500, "{}");

		VendorOutcome outcome = this.client.provision(endpoint(this.stub.url("/provision")),
				new ProvisionRequest(42, 7, null, 5));

		assertThat(outcome).isInstanceOfSatisfying(Answered.class,
				(answered) -> assertThat(answered.status()).isEqualTo(500));
		assertThat(this.stub.requests()).isEqualTo(1);
	}

	@Test
	void provisionAgainstTheReferenceAutomationShouldProvisionIt() {
		VendorOutcome outcome = this.client.provision(endpoint(sample.baseUrl() + "/provision"),
				new ProvisionRequest(9001, 7, null, 5));

		assertThat(outcome).isInstanceOfSatisfying(Answered.class, (answered) -> assertThat(answered.isOk()).isTrue());
		assertThat(sample.isProvisioned("9001")).isTrue();
	}

	@Test
	void knowledgeBaseStatusShouldBeRetriedButResetShouldNot() {
		this.stub.answer(503, "{}");

		this.client.knowledgeBaseStatus(endpoint(this.stub.url("/kb/status")), 7, 42);
		int afterStatus = this.stub.requests();
		this.client.knowledgeBaseReset(endpoint(this.stub.url("/kb/reset")), 42);

		assertThat(afterStatus).isEqualTo(3);
		assertThat(this.stub.requests()).isEqualTo(4);
		assertThat(JSON.readTree(this.stub.lastBody())).isEqualTo(JSON.readTree("{\"user_automation_id\": 42}"));
	}

	@Test
	void knowledgeBaseCallsAgainstTheReferenceAutomationShouldAnswerItsJson() {
		VendorOutcome status = this.client.knowledgeBaseStatus(endpoint(sample.baseUrl() + "/kb/status"), 7, 42);
		VendorOutcome reset = this.client.knowledgeBaseReset(endpoint(sample.baseUrl() + "/kb/reset"), 42);

		assertThat(status).isInstanceOfSatisfying(Answered.class,
				(answered) -> assertThat(answered.body()).contains("\"supports_reset\":true"));
		assertThat(reset).isInstanceOfSatisfying(Answered.class,
				(answered) -> assertThat(answered.body()).contains("\"status\":\"reset\""));
	}

	@Test
	void anUnreachableVendorShouldBeAnOutcomeNotAnException() {
		String url = this.stub.url("/provision");
		this.stub.close();

		VendorOutcome outcome = this.client.provision(endpoint(url), new ProvisionRequest(1, 1, null, 0));

		assertThat(outcome).isInstanceOf(Unreachable.class);
		assertThat(outcome.isFailure()).isTrue();
	}

	private HealthProbe probeStub() {
		return this.client.probeHealth(endpoint(this.stub.url("/health")));
	}

	static VendorEndpoint endpoint(String url) {
		return new VendorEndpoint(1, url, "token-value");
	}

	VendorClient client(IntegrationProperties properties) {
		return new VendorClient(properties, JSON, new VendorCircuits(properties, this.events::add));
	}

	/**
	 * Short timeouts and backoffs so that failing calls end quickly; the circuit never
	 * opens within one test.
	 */
	static IntegrationProperties fastProperties() {
		return new IntegrationProperties(Duration.ofMillis(500), Duration.ofMillis(300), DataSize.ofKilobytes(4), null,
				null, new IntegrationProperties.Retry(3, Duration.ofMillis(10), 2.0, 0.5),
				new IntegrationProperties.Circuit(50, 100, 100, Duration.ofSeconds(30), 1));
	}

}
