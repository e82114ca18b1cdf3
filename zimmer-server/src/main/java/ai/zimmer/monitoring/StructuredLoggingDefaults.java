package ai.zimmer.monitoring;

import java.util.Map;

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
		if (environment.containsProperty(FORMAT_PROPERTY) || isLocalMode(environment)) {
			return;
		}
		environment.getPropertySources()
			.addLast(new MapPropertySource("zimmerStructuredLogging", Map.of(FORMAT_PROPERTY, "ecs")));
	}

	/**
	 * The same test local mode makes: no database URL configured.
	 */
	private static boolean isLocalMode(ConfigurableEnvironment environment) {
		String url = environment.getProperty("spring.datasource.url");
		return url == null || url.isBlank();
	}

	/**
	 * After the configuration files are read, which happens before logging starts.
	 */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
