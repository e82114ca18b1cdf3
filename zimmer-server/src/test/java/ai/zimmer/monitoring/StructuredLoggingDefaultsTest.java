package ai.zimmer.monitoring;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredLoggingDefaultsTest {

	private final StructuredLoggingDefaults defaults = new StructuredLoggingDefaults();

	@Test
	void deploymentWithADatabaseShouldLogEcsJson() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url",
				"jdbc:postgresql://db/zimmer");

		this.defaults.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(StructuredLoggingDefaults.FORMAT_PROPERTY)).isEqualTo("ecs");
	}

	@Test
	void localModeShouldKeepTextLogs() {
		MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", "");

		this.defaults.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(StructuredLoggingDefaults.FORMAT_PROPERTY)).isNull();
	}

	@Test
	void explicitChoiceShouldWin() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/zimmer")
			.withProperty(StructuredLoggingDefaults.FORMAT_PROPERTY, "logstash");

		this.defaults.postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(StructuredLoggingDefaults.FORMAT_PROPERTY)).isEqualTo("logstash");
	}

}
