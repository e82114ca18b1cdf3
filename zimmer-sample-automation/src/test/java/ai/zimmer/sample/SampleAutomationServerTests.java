package ai.zimmer.sample;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class SampleAutomationServerTests {

	@Test
	void shouldListenOnAnEphemeralLoopbackPortWhenPortIsZero() {
		try (SampleAutomationServer server = startEphemeral(); TestHttp http = new TestHttp(server.baseUrl())) {
			assertThat(server.port()).isPositive();
			assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
			assertThat(http.get("/health").status()).isEqualTo(200);
		}
	}

	@Test
	void shouldReachAWildcardBindOverLoopback() {
		SampleAutomationSettings settings = SampleAutomationSettings.defaults().withHost("0.0.0.0").withPort(0);
		try (SampleAutomationServer server = SampleAutomationServer.start(settings);
				TestHttp http = new TestHttp(server.baseUrl())) {
			assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
			assertThat(http.get("/health").status()).isEqualTo(200);
		}
	}

	@Test
	void shouldRefuseConnectionsAfterClose() {
		SampleAutomationServer server = startEphemeral();
		try (TestHttp http = new TestHttp(server.baseUrl())) {
			server.close();

			assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> http.get("/health"))
				.withCauseInstanceOf(ConnectException.class);
		}
	}

	@Test
	void shouldCloseAtOnceWhileARequestWaitsOnAnInjectedLatency() {
		SampleAutomationServer server = startEphemeral();
		server.faults().latency(Faults.MAX_LATENCY);
		try (TestHttp http = new TestHttp(server.baseUrl())) {
			CompletableFuture<HttpResponse<String>> pending = http.getAsync("/health");
			await().atMost(Duration.ofSeconds(5)).until(() -> server.inFlightRequests() == 1);
			long started = System.nanoTime();

			server.close();

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
			await().atMost(Duration.ofSeconds(5)).until(pending::isDone);
			assertThat(pending).isCompletedExceptionally();
			await().atMost(Duration.ofSeconds(5)).until(() -> server.inFlightRequests() == 0);
		}
	}

	@Test
	void shouldAllowClosingTwice() {
		SampleAutomationServer server = startEphemeral();

		server.close();
		server.close();

		assertThat(server.port()).isPositive();
	}

	@Test
	void shouldExplainWhatToDoWhenThePortIsTaken() {
		try (SampleAutomationServer first = startEphemeral()) {
			SampleAutomationSettings sameEndpoint = SampleAutomationSettings.defaults().withPort(first.port());

			assertThatExceptionOfType(UncheckedIOException.class)
				.isThrownBy(() -> SampleAutomationServer.start(sameEndpoint))
				.withMessageContaining("Cannot listen on 127.0.0.1:" + first.port())
				.withMessageContaining("--port");
		}
	}

	@Test
	void shouldKeepTheSettingsItWasStartedWith() {
		SampleAutomationSettings settings = SampleAutomationSettings.defaults().withPort(0).withVersion("9.9.9");
		try (SampleAutomationServer server = SampleAutomationServer.start(settings)) {
			assertThat(server.settings()).isEqualTo(settings);
		}
	}

	private static SampleAutomationServer startEphemeral() {
		return SampleAutomationServer.start(SampleAutomationSettings.defaults().withPort(0));
	}

}
