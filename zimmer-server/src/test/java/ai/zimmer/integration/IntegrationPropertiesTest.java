package ai.zimmer.integration;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IntegrationPropertiesTest {

	@Test
	void unsetValuesShouldFallBackToTheDocumentedDefaults() {
		IntegrationProperties properties = IntegrationProperties.defaults();

		assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
		assertThat(properties.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.healthProbeInterval()).isEqualTo(Duration.ofSeconds(60));
		assertThat(properties.maxResponseSize().toKilobytes()).isEqualTo(64);
		assertThat(properties.retry().maxAttempts()).isEqualTo(3);
		assertThat(properties.circuit().openDuration()).isEqualTo(Duration.ofSeconds(30));
	}

	@Test
	void aZeroTimeoutShouldBeRefusedWithTheSettingToFix() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IntegrationProperties(null, Duration.ZERO, null, null, null, null, null))
			.withMessageContaining("zimmer.integration.request-timeout must be positive");
	}

	@Test
	void aJitterOfOneOrMoreShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IntegrationProperties.Retry(3, Duration.ofMillis(100), 2.0, 1.0))
			.withMessageContaining("zimmer.integration.retry");
	}

	@Test
	void aFailureRateAbove100ShouldBeRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IntegrationProperties.Circuit(101, null, null, null, null))
			.withMessageContaining("failure-rate-threshold");
	}

}
