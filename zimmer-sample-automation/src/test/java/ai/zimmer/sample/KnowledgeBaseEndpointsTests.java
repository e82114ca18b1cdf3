package ai.zimmer.sample;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseEndpointsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

	private SampleAutomationServer server;

	private TestHttp http;

	@BeforeEach
	void start() {
		this.server = SampleAutomationServer.start(SampleAutomationSettings.defaults().withPort(0), this.clock,
				UsageReporter.Timeouts.DEFAULT);
		this.http = new TestHttp(this.server.baseUrl());
	}

	@AfterEach
	void stop() {
		this.http.close();
		this.server.close();
	}

	@Test
	void shouldReportAHealthyKnowledgeBaseWithAllContractFields() {
		TestHttp.TestResponse response = this.http.postWithToken("/kb/status", "svc-token",
				"{\"user_id\": 7, \"user_automation_id\": 42}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").stringValue()).isEqualTo("healthy");
		assertThat(response.json().get("backup_status").stringValue()).isEqualTo("ok");
		assertThat(response.json().get("error_logs").isArray()).isTrue();
		assertThat(response.json().get("error_logs")).isEmpty();
		assertThat(response.json().get("last_updated").stringValue()).isEqualTo("2026-03-01T10:00:00Z");
		assertThat(response.json().get("supports_reset").booleanValue()).isTrue();
	}

	@Test
	void shouldReportTheProvisioningTimeAsLastUpdated() {
		provision(42);
		this.clock.advance(Duration.ofHours(1));

		TestHttp.TestResponse response = this.http.postWithToken("/kb/status", "svc-token",
				"{\"user_id\": 7, \"user_automation_id\": 42}");

		assertThat(response.json().get("last_updated").stringValue()).isEqualTo("2026-03-01T10:00:00Z");
	}

	@Test
	void shouldResetAndMoveLastUpdated() {
		provision(42);
		this.clock.advance(Duration.ofMinutes(5));

		TestHttp.TestResponse reset = this.http.postWithToken("/kb/reset", "svc-token", "{\"user_automation_id\": 42}");
		this.clock.advance(Duration.ofMinutes(5));
		TestHttp.TestResponse status = this.http.postWithToken("/kb/status", "svc-token",
				"{\"user_id\": 7, \"user_automation_id\": 42}");

		assertThat(reset.status()).isEqualTo(200);
		assertThat(reset.json().get("status").stringValue()).isEqualTo("reset");
		assertThat(status.json().get("last_updated").stringValue()).isEqualTo("2026-03-01T10:05:00Z");
	}

	@Test
	void shouldAnswer400WhenTheSubscriptionIsMissing() {
		TestHttp.TestResponse status = this.http.postWithToken("/kb/status", "svc-token", "{\"user_id\": 7}");
		TestHttp.TestResponse reset = this.http.postWithToken("/kb/reset", "svc-token", "{}");

		assertThat(status.status()).isEqualTo(400);
		assertThat(reset.status()).isEqualTo(400);
		assertThat(reset.json().get("errors").get(0).get("field").stringValue()).isEqualTo("user_automation_id");
	}

	private void provision(long userAutomationId) {
		TestHttp.TestResponse response = this.http.postWithToken("/provision", "svc-token",
				"{\"user_automation_id\": " + userAutomationId + ", \"user_id\": 7, \"demo_tokens\": 5}");
		assertThat(response.status()).isEqualTo(200);
	}

}
