package ai.zimmer.integration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import ai.zimmer.marketplace.HealthStatus;
import ai.zimmer.platform.error.RetryableApiException;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The circuit kept per automation: it opens after repeated failures, fails fast while
 * open, and closes when a health probe passes.
 */
class VendorCircuitsTest {

	final List<Object> events = new ArrayList<>();

	StubVendor stub;

	VendorCircuits circuits;

	VendorClient client;

	@BeforeEach
	void setUp() {
		IntegrationProperties properties = new IntegrationProperties(Duration.ofMillis(500), Duration.ofMillis(300),
				DataSize.ofKilobytes(4), null, null,
				new IntegrationProperties.Retry(1, Duration.ofMillis(10), 2.0, 0.5),
				new IntegrationProperties.Circuit(50, 4, 4, Duration.ofSeconds(30), 1));
		this.stub = StubVendor.start();
		this.circuits = new VendorCircuits(properties, this.events::add);
		this.client = new VendorClient(properties, VendorClientTest.JSON, this.circuits);
	}

	@AfterEach
	void tearDown() {
		this.stub.close();
	}

	@Test
	void repeatedFailuresShouldOpenTheCircuitAndFailFastWithoutCallingTheVendor() {
		this.stub.answer(500, "{}");
		failingProvisions(4);

		assertThatExceptionOfType(RetryableApiException.class).isThrownBy(this::provision).satisfies((ex) -> {
			assertThat(ex.status().value()).isEqualTo(503);
			assertThat(ex.code()).isEqualTo("automation_unavailable");
			assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(30));
		});
		assertThat(this.stub.requests()).isEqualTo(4);
		assertThat(this.circuits.state(1)).isEqualTo(CircuitBreaker.State.OPEN);
		assertThat(this.events).containsExactly(new CircuitOpened(1));
	}

	@Test
	void refusalsWith4xxShouldNotOpenTheCircuit() {
		this.stub.answer(400, "{}");
		failingProvisions(6);

		assertThat(this.circuits.state(1)).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(this.events).isEmpty();
	}

	@Test
	void anOpenCircuitShouldStillLetTheHealthProbeThroughAndAHealthyProbeShouldCloseIt() {
		this.stub.answer(500, "{}");
		failingProvisions(4);
		this.stub.answer(200, "{\"status\": \"ok\", \"version\": \"1\", \"uptime\": 1}");

		HealthProbe probe = this.client.probeHealth(VendorClientTest.endpoint(this.stub.url("/health")));

		assertThat(probe.status()).isEqualTo(HealthStatus.HEALTHY);
		assertThat(this.circuits.state(1)).isEqualTo(CircuitBreaker.State.CLOSED);
		assertThat(provision()).isInstanceOf(VendorOutcome.Answered.class);
	}

	@Test
	void circuitsShouldBeKeptPerAutomation() {
		this.stub.answer(500, "{}");
		failingProvisions(4);

		VendorOutcome other = this.client.provision(new VendorEndpoint(2, this.stub.url("/provision"), "token"),
				new ProvisionRequest(1, 1, null, 0));

		assertThat(other).isInstanceOf(VendorOutcome.Answered.class);
		assertThat(this.circuits.state(2)).isEqualTo(CircuitBreaker.State.CLOSED);
	}

	private void failingProvisions(int count) {
		for (int i = 0; i < count; i++) {
			provision();
		}
	}

	private VendorOutcome provision() {
		return this.client.provision(VendorClientTest.endpoint(this.stub.url("/provision")),
				new ProvisionRequest(1, 1, null, 0));
	}

}
