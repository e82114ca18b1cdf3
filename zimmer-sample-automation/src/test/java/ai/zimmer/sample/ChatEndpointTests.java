package ai.zimmer.sample;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ChatEndpointTests {

	private static final UsageReporter.Timeouts SHORT_TIMEOUTS = new UsageReporter.Timeouts(Duration.ofSeconds(1),
			Duration.ofMillis(300));

	private FakeZimmer zimmer;

	private SampleAutomationServer server;

	private TestHttp http;

	@BeforeEach
	void start() throws IOException {
		this.zimmer = FakeZimmer.start();
		startServer(this.zimmer.baseUrl());
	}

	@AfterEach
	void stop() {
		this.http.close();
		this.server.close();
		this.zimmer.close();
	}

	@Test
	void shouldReportUsageWithTheProvisioningTokenAndAnswerWhenZimmerAccepts() throws InterruptedException {
		provision(42, "svc-token-1");
		this.zimmer.answer(200, FakeZimmer.accepted(3, 10));

		TestHttp.TestResponse response = this.http.post("/chat",
				"{\"user_automation_id\": 42, \"message\": \"hello\", \"request_id\": \"req-1\"}");

		FakeZimmer.RecordedReport report = this.zimmer.takeReport();
		assertThat(report.method()).isEqualTo("POST");
		assertThat(report.serviceToken()).isEqualTo("svc-token-1");
		assertThat(report.contentType()).isEqualTo("application/json");
		assertThat(report.body().get("user_automation_id").isIntegralNumber()).isTrue();
		assertThat(report.body().get("user_automation_id").longValue()).isEqualTo(42);
		assertThat(report.body().get("units").intValue()).isEqualTo(1);
		assertThat(report.body().get("usage_type").stringValue()).isEqualTo("message");
		assertThat(report.body().get("request_id").stringValue()).isEqualTo("req-1");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("reply").stringValue()).contains("hello");
		assertThat(response.json().get("accepted").booleanValue()).isTrue();
		assertThat(response.json().get("remaining_demo_tokens").longValue()).isEqualTo(3);
		assertThat(response.json().get("remaining_paid_tokens").longValue()).isEqualTo(10);
		assertThat(response.json().get("request_id").stringValue()).isEqualTo("req-1");
	}

	@Test
	void shouldSendAUuidRequestIdWhenNoneIsGiven() throws InterruptedException {
		provision(42, "svc-token-1");

		TestHttp.TestResponse response = this.http.post("/chat", "{\"user_automation_id\": 42, \"message\": \"hi\"}");

		String requestId = this.zimmer.takeReport().body().get("request_id").stringValue();
		assertThatCode(() -> UUID.fromString(requestId)).doesNotThrowAnyException();
		assertThat(response.json().get("request_id").stringValue()).isEqualTo(requestId);
	}

	@Test
	void shouldSendTheStringIdentifierBackAsAString() throws InterruptedException {
		this.http.postWithToken("/provision", "svc-token-2",
				"{\"user_automation_id\": \"sub-7\", \"user_id\": 1, \"demo_tokens\": 5}");

		this.http.post("/chat", "{\"user_automation_id\": \"sub-7\", \"message\": \"hi\"}");

		FakeZimmer.RecordedReport report = this.zimmer.takeReport();
		assertThat(report.body().get("user_automation_id").stringValue()).isEqualTo("sub-7");
		assertThat(report.serviceToken()).isEqualTo("svc-token-2");
	}

	@Test
	void shouldUseTheNewestTokenWhenProvisionedAgain() throws InterruptedException {
		provision(42, "old-token");
		provision(42, "rotated-token");

		this.http.post("/chat", "{\"user_automation_id\": 42, \"message\": \"hi\"}");

		assertThat(this.zimmer.takeReport().serviceToken()).isEqualTo("rotated-token");
	}

	@Test
	void shouldAnswer402WithZimmersBalancesWhenZimmerRefusesTheUsage() throws InterruptedException {
		provision(42, "svc-token-1");
		this.zimmer.answer(200, FakeZimmer.refused(0, 0));

		TestHttp.TestResponse response = this.http.post("/chat",
				"{\"user_automation_id\": 42, \"message\": \"hello\", \"request_id\": \"req-2\"}");

		assertThat(this.zimmer.takeReport().body().get("request_id").stringValue()).isEqualTo("req-2");
		assertThat(response.status()).isEqualTo(402);
		assertThat(response.json().get("code").stringValue()).isEqualTo("insufficient_tokens");
		assertThat(response.json().get("accepted").booleanValue()).isFalse();
		assertThat(response.json().get("remaining_demo_tokens").longValue()).isZero();
		assertThat(response.json().get("remaining_paid_tokens").longValue()).isZero();
		assertThat(response.json().get("detail").stringValue()).contains("insufficient tokens");
		assertThat(response.json().has("reply")).isFalse();
	}

	@Test
	void shouldAnswer404WithoutReportingWhenTheSubscriptionWasNeverProvisioned() {
		TestHttp.TestResponse response = this.http.post("/chat", "{\"user_automation_id\": 99, \"message\": \"hi\"}");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("code").stringValue()).isEqualTo("unknown_subscription");
		assertThat(this.zimmer.reportCount()).isZero();
	}

	@Test
	void shouldAnswer400WhenTheMessageIsMissing() {
		provision(42, "svc-token-1");

		TestHttp.TestResponse response = this.http.post("/chat", "{\"user_automation_id\": 42}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("message");
		assertThat(this.zimmer.reportCount()).isZero();
	}

	@Test
	void shouldAnswer502WhenZimmerIsUnreachable() throws IOException {
		restartServerAgainst(URI.create("http://127.0.0.1:" + closedPort()));
		provision(42, "svc-token-1");

		TestHttp.TestResponse response = this.http.post("/chat", "{\"user_automation_id\": 42, \"message\": \"hi\"}");

		assertThat(response.status()).isEqualTo(502);
		assertThat(response.json().get("code").stringValue()).isEqualTo("zimmer_unavailable");
		assertThat(response.body()).doesNotContain("svc-token-1");
	}

	@Test
	void shouldAnswer502WhenZimmerDoesNotAnswerInTime() throws InterruptedException {
		provision(42, "svc-token-1");
		this.zimmer.hang();

		TestHttp.TestResponse response = this.http.post("/chat", "{\"user_automation_id\": 42, \"message\": \"hi\"}");

		assertThat(this.zimmer.takeReport()).isNotNull();
		assertThat(response.status()).isEqualTo(502);
		assertThat(response.json().get("code").stringValue()).isEqualTo("zimmer_unavailable");
		assertThat(response.json().get("detail").stringValue()).contains("HttpTimeoutException");
	}

	@Test
	void shouldAnswer502WithZimmersStatusWhenZimmerRejectsTheToken() {
		provision(42, "wrong-token");
		this.zimmer.answer(401, "{\"code\":\"invalid_service_token\"}");

		TestHttp.TestResponse response = this.http.post("/chat", "{\"user_automation_id\": 42, \"message\": \"hi\"}");

		assertThat(response.status()).isEqualTo(502);
		assertThat(response.json().get("code").stringValue()).isEqualTo("usage_report_rejected");
		assertThat(response.json().get("zimmer_status").intValue()).isEqualTo(401);
	}

	@Test
	void shouldAnswer502WhenZimmersAnswerIsNotTheContract() {
		provision(42, "svc-token-1");
		this.zimmer.answer(200, "{\"accepted\":\"yes\"}");

		TestHttp.TestResponse response = this.http.post("/chat", "{\"user_automation_id\": 42, \"message\": \"hi\"}");

		assertThat(response.status()).isEqualTo(502);
		assertThat(response.json().get("code").stringValue()).isEqualTo("zimmer_bad_answer");
	}

	@Test
	void shouldReportToZimmerWhenTheBaseUrlEndsWithASlash() throws InterruptedException {
		restartServerAgainst(URI.create(this.zimmer.baseUrl() + "/"));
		provision(42, "svc-token-1");

		TestHttp.TestResponse response = this.http.post("/chat", "{\"user_automation_id\": 42, \"message\": \"hi\"}");

		assertThat(this.zimmer.takeReport()).isNotNull();
		assertThat(response.status()).isEqualTo(200);
	}

	private void startServer(URI zimmerBaseUrl) {
		SampleAutomationSettings settings = SampleAutomationSettings.defaults()
			.withPort(0)
			.withZimmerBaseUrl(zimmerBaseUrl);
		this.server = SampleAutomationServer.start(settings, new MutableClock(Instant.parse("2026-03-01T10:00:00Z")),
				SHORT_TIMEOUTS);
		this.http = new TestHttp(this.server.baseUrl());
	}

	private void restartServerAgainst(URI zimmerBaseUrl) {
		this.http.close();
		this.server.close();
		startServer(zimmerBaseUrl);
	}

	private void provision(long userAutomationId, String serviceToken) {
		TestHttp.TestResponse response = this.http.postWithToken("/provision", serviceToken,
				"{\"user_automation_id\": " + userAutomationId + ", \"user_id\": 7, \"demo_tokens\": 5}");
		assertThat(response.status()).isEqualTo(200);
	}

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
