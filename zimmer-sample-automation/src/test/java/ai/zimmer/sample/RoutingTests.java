package ai.zimmer.sample;

import java.net.http.HttpRequest;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTests {

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
	void shouldAnswer404ProblemForAnUnknownPath() {
		TestHttp.TestResponse response = this.http.get("/nope");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).isEqualTo("application/problem+json");
		assertThat(response.json().get("code").stringValue()).isEqualTo("not_found");
		assertThat(response.json().get("status").intValue()).isEqualTo(404);
		assertThat(response.json().get("instance").stringValue()).isEqualTo("/nope");
	}

	@Test
	void shouldAnswer404ForAPathThatOnlyStartsLikeAnEndpoint() {
		assertThat(this.http.get("/health/extra").status()).isEqualTo(404);
		assertThat(this.http.get("/healthz").status()).isEqualTo(404);
	}

	@Test
	void shouldAnswer405WithAllowHeaderForAWrongMethod() {
		TestHttp.TestResponse response = this.http.post("/health", "{}");

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET");
		assertThat(response.json().get("code").stringValue()).isEqualTo("method_not_allowed");
	}

	@Test
	void shouldListAllMethodsOfAPathInAllow() {
		TestHttp.TestResponse response = this.http.send("PUT", "/faults", HttpRequest.BodyPublishers.noBody());

		assertThat(response.status()).isEqualTo(405);
		assertThat(response.headers().firstValue("Allow")).hasValue("GET, POST, DELETE");
	}

	@Test
	void shouldAnswer413WhenTheBodyExceeds64KiB() {
		String body = "{\"message\":\"" + "x".repeat(Router.MAX_BODY_BYTES) + "\"}";

		TestHttp.TestResponse response = this.http.post("/chat", body);

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.json().get("code").stringValue()).isEqualTo("payload_too_large");
	}

	@Test
	void shouldAnswer413WhenAChunkedBodyExceeds64KiB() {
		byte[] body = new byte[Router.MAX_BODY_BYTES + 1];
		HttpRequest.BodyPublisher chunked = HttpRequest.BodyPublishers
			.ofInputStream(() -> new java.io.ByteArrayInputStream(body));

		TestHttp.TestResponse response = this.http.send("POST", "/chat", chunked);

		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void shouldReadABodyOfExactly64KiB() {
		String prefix = "{\"user_automation_id\": 1, \"message\": \"";
		String body = prefix + "x".repeat(Router.MAX_BODY_BYTES - prefix.length() - 2) + "\"}";

		TestHttp.TestResponse response = this.http.post("/chat", body);

		assertThat(body).hasSize(Router.MAX_BODY_BYTES);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("message");
	}

}
