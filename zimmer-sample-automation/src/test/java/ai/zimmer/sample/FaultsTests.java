package ai.zimmer.sample;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FaultsTests {

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
	void shouldShowNoFaultsAtStart() {
		TestHttp.TestResponse response = this.http.get("/faults");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().toString()).isEqualTo("{\"health\":\"ok\",\"latency_ms\":0,\"provision\":\"ok\"}");
	}

	@Test
	void shouldChangeOnlyTheFaultsGivenWhenPosted() {
		this.server.faults().provision(Faults.Provision.FAIL);

		TestHttp.TestResponse response = this.http.post("/faults", "{\"health\": \"degraded\", \"latency_ms\": 25}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().toString())
			.isEqualTo("{\"health\":\"degraded\",\"latency_ms\":25,\"provision\":\"fail\"}");
		assertThat(this.server.faults().health()).isEqualTo(Faults.Health.DEGRADED);
		assertThat(this.server.faults().latency()).isEqualTo(Duration.ofMillis(25));
		assertThat(this.server.faults().provision()).isEqualTo(Faults.Provision.FAIL);
	}

	@Test
	void shouldTakeEffectOverHttpWhenPosted() {
		this.http.post("/faults", "{\"health\": \"down\", \"provision\": \"fail\"}");

		TestHttp.TestResponse health = this.http.get("/health");
		TestHttp.TestResponse provision = this.http.postWithToken("/provision", "svc-token",
				"{\"user_automation_id\": 1, \"user_id\": 1, \"demo_tokens\": 5}");

		assertThat(health.status()).isEqualTo(503);
		assertThat(provision.status()).isEqualTo(500);
	}

	@Test
	void shouldShowFaultsSetThroughJava() {
		this.server.faults().health(Faults.Health.DOWN).latency(Duration.ofMillis(5));

		TestHttp.TestResponse response = this.http.get("/faults");

		assertThat(response.json().get("health").stringValue()).isEqualTo("down");
		assertThat(response.json().get("latency_ms").longValue()).isEqualTo(5);
	}

	@Test
	void shouldRejectAnUnknownValueAndChangeNothing() {
		TestHttp.TestResponse response = this.http.post("/faults", "{\"health\": \"down\", \"provision\": \"maybe\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").stringValue()).contains("ok, fail");
		assertThat(this.server.faults().health()).isEqualTo(Faults.Health.OK);
	}

	@Test
	void shouldRejectAnUnknownFault() {
		TestHttp.TestResponse response = this.http.post("/faults", "{\"latency\": 100}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("latency");
	}

	@Test
	void shouldRejectANegativeOrExcessiveLatency() {
		TestHttp.TestResponse negative = this.http.post("/faults", "{\"latency_ms\": -1}");
		TestHttp.TestResponse excessive = this.http.post("/faults", "{\"latency_ms\": 60001}");

		assertThat(negative.status()).isEqualTo(400);
		assertThat(excessive.status()).isEqualTo(400);
		assertThat(this.server.faults().latency()).isZero();
	}

	@Test
	void shouldResetAllFaultsWhenDeleted() {
		this.server.faults().health(Faults.Health.DOWN).provision(Faults.Provision.FAIL);

		TestHttp.TestResponse response = this.http.delete("/faults");

		assertThat(response.json().toString()).isEqualTo("{\"health\":\"ok\",\"latency_ms\":0,\"provision\":\"ok\"}");
		assertThat(this.server.faults().health()).isEqualTo(Faults.Health.OK);
	}

	@Test
	void shouldDelayAnswersByTheInjectedLatency() {
		this.server.faults().latency(Duration.ofMillis(400));
		long started = System.nanoTime();

		TestHttp.TestResponse response = this.http.get("/health");

		assertThat(response.status()).isEqualTo(200);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
	}

	@Test
	void shouldNotDelayTheFaultSwitchesSoThatALatencyCanBeSwitchedOff() {
		this.server.faults().latency(Faults.MAX_LATENCY);

		TestHttp.TestResponse response = this.http.post("/faults", "{\"latency_ms\": 0}");

		assertThat(response.status()).isEqualTo(200);
		assertThat(this.server.faults().latency()).isZero();
	}

	@Test
	void shouldRefuseAnInvalidLatencyThroughJava() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.server.faults().latency(Duration.ofMinutes(2)))
			.withMessageContaining("60000");
	}

}
