package ai.zimmer.monitoring;

import java.util.Map;

import ai.zimmer.platform.local.LocalMode;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Switches console logs to ECS JSON in every mode except local mode, where people read
 * them. Decided here, before the logging system starts, because local mode is only
 * switched on later in start-up; an explicit {@code logging.structured.format.console}
 * (even empty, for text) always wins.
 */
class StructuredLoggingDefaults implements EnvironmentPostProcessor, Ordered {

	static final String FORMAT_PROPERTY = "logging.structured.format.console";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.containsProperty(FORMAT_PROPERTY) || LocalMode.isRequested(environment)) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("zimmerStructuredLogging", Map.of(FORMAT_PROPERTY, "ecs")));
	}

	/**
	 * After the configuration files are read, which happens before logging starts.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
