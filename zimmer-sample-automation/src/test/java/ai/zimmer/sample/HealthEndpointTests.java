package ai.zimmer.sample;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HealthEndpointTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));

	private SampleAutomationServer server;

	private TestHttp http;

	@BeforeEach
	void start() {
		SampleAutomationSettings settings = SampleAutomationSettings.defaults().withPort(0).withVersion("1.2.3");
		this.server = SampleAutomationServer.start(settings, this.clock, UsageReporter.Timeouts.DEFAULT);
		this.http = new TestHttp(this.server.baseUrl());
	}

	@AfterEach
	void stop() {
		this.http.close();
		this.server.close();
	}

	@Test
	void shouldReportOkWithVersionAndUptimeWhenHealthy() {
		this.clock.advance(Duration.ofSeconds(42));

		TestHttp.TestResponse response = this.http.get("/health");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).isEqualTo("application/json");
		assertThat(response.json().get("status").stringValue()).isEqualTo("ok");
		assertThat(response.json().get("version").stringValue()).isEqualTo("1.2.3");
		assertThat(response.json().get("uptime").longValue()).isEqualTo(42);
	}

	@Test
	void shouldAnswer200WithDegradedStatusWhenDegradedFaultIsSet() {
		this.server.faults().health(Faults.Health.DEGRADED);

		TestHttp.TestResponse response = this.http.get("/health");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").stringValue()).isEqualTo("degraded");
	}

	@Test
	void shouldAnswer503WhenDownFaultIsSet() {
		this.server.faults().health(Faults.Health.DOWN);

		TestHttp.TestResponse response = this.http.get("/health");

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.json().get("status").stringValue()).isEqualTo("down");
	}

	@Test
	void shouldBeHealthyAgainWhenFaultsAreReset() {
		this.server.faults().health(Faults.Health.DOWN);
		this.server.faults().reset();

		TestHttp.TestResponse response = this.http.get("/health");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("status").stringValue()).isEqualTo("ok");
	}

	@Test
	void shouldIgnoreTheServiceTokenWhenProbed() {
		TestHttp.TestResponse response = this.http
			.send(this.http.request("/health").header("X-Zimmer-Service-Token", "any").GET());

		assertThat(response.status()).isEqualTo(200);
	}

}
