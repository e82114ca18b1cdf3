package ai.zimmer.sample;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisionEndpointTests {

	private static final String VALID_BODY = """
			{"user_automation_id": 42, "user_id": 7, "bot_token": "123:abc", "demo_tokens": 5}""";

	private SampleAutomationServer server;

	private TestHttp http;

	@BeforeEach
	void start() {
		this.server = SampleAutomationServer.start(SampleAutomationSettings.defaults().withPort(0),
				new MutableClock(Instant.parse("2026-03-01T10:00:00Z")), UsageReporter.Timeouts.DEFAULT);
		this.http = new TestHttp(this.server.baseUrl());
	}

	@AfterEach
	void stop() {
		this.http.close();
		this.server.close();
	}

	@Test
	void shouldProvisionAndRememberTheSubscriptionWhenBodyAndTokenAreValid() {
		TestHttp.TestResponse response = this.http.postWithToken("/provision", "svc-token", VALID_BODY);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").stringValue()).isEqualTo("provisioned");
		assertThat(this.server.isProvisioned("42")).isTrue();
		assertThat(this.server.isProvisioned("43")).isFalse();
	}

	@Test
	void shouldAcceptStringIdentifiersAndAMissingBotToken() {
		TestHttp.TestResponse response = this.http.postWithToken("/provision", "svc-token", """
				{"user_automation_id": "sub-9", "user_id": "user-1", "bot_token": null, "demo_tokens": 0}""");

		assertThat(response.status()).isEqualTo(200);
		assertThat(this.server.isProvisioned("sub-9")).isTrue();
	}

	@Test
	void shouldAnswer400WhenTheServiceTokenHeaderIsMissing() {
		TestHttp.TestResponse response = this.http.post("/provision", VALID_BODY);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("code").stringValue()).isEqualTo("missing_service_token");
		assertThat(response.json().get("detail").stringValue()).contains("X-Zimmer-Service-Token");
		assertThat(this.server.isProvisioned("42")).isFalse();
	}

	@Test
	void shouldAnswer400WhenTheBodyIsNotJson() {
		TestHttp.TestResponse response = this.http.postWithToken("/provision", "svc-token", "{not json");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").stringValue()).isEqualTo("malformed_request");
	}

	@Test
	void shouldAnswer400WhenTheBodyIsEmpty() {
		TestHttp.TestResponse response = this.http.postWithToken("/provision", "svc-token", "");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").stringValue()).isEqualTo("malformed_request");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"user_id\": 7, \"demo_tokens\": 5}",
			"{\"user_automation_id\": 4.5, \"user_id\": 7, \"demo_tokens\": 5}",
			"{\"user_automation_id\": 42, \"demo_tokens\": 5}",
			"{\"user_automation_id\": 42, \"user_id\": 7, \"demo_tokens\": \"5\"}",
			"{\"user_automation_id\": 42, \"user_id\": 7, \"demo_tokens\": -1}",
			"{\"user_automation_id\": 42, \"user_id\": 7}",
			"{\"user_automation_id\": 42, \"user_id\": 7, \"demo_tokens\": 5, \"bot_token\": 12}", "[1, 2]" })
	void shouldAnswer400NamingTheFieldWhenTheBodyIsInvalid(String body) {
		TestHttp.TestResponse response = this.http.postWithToken("/provision", "svc-token", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("code").stringValue()).isIn("invalid_field", "malformed_request");
		assertThat(this.server.isProvisioned("42")).isFalse();
	}

	@Test
	void shouldListTheInvalidFieldInErrors() {
		TestHttp.TestResponse response = this.http.postWithToken("/provision", "svc-token", """
				{"user_automation_id": 42, "user_id": 7, "demo_tokens": "five"}""");

		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("demo_tokens");
	}

	@Test
	void shouldAnswer500AndForgetTheSubscriptionWhenProvisionFaultIsSet() {
		this.server.faults().provision(Faults.Provision.FAIL);

		TestHttp.TestResponse response = this.http.postWithToken("/provision", "svc-token", VALID_BODY);

		assertThat(response.status()).isEqualTo(500);
		assertThat(response.json().get("code").stringValue()).isEqualTo("provision_failed");
		assertThat(this.server.isProvisioned("42")).isFalse();
	}

}
