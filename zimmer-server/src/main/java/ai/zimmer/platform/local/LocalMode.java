package ai.zimmer.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Local mode: when no database URL is configured, Zimmer starts an embedded PostgreSQL
 * that keeps its data under the local data folder ({@code ZIMMER_DATA_DIR}, default
 * {@code ./zimmer-data}), generates and keeps local secrets there, and switches on the
 * {@code local} profile (demo data, reference automation service).
 */
public final class LocalMode {

	public static final String PROFILE = "local";

	private static final Logger logger = LoggerFactory.getLogger(LocalMode.class);

	private LocalMode() {
	}

	/**
	 * Whether the environment asks for local mode: no database URL is configured.
	 */
	public static boolean isRequested(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		return url == null || url.isBlank();
	}

	public static void install(SpringApplication application) {
		LocalDatabase database = new LocalDatabase();
		application.addListeners(
				(ApplicationEnvironmentPreparedEvent event) -> database.startIfUnconfigured(event.getEnvironment()));
		application.addInitializers((context) -> {
			if (database.postgres != null) {
				context.getBeanFactory().registerSingleton("localEmbeddedPostgres", database);
			}
		});
	}

	static final class LocalDatabase implements DisposableBean {

		private EmbeddedPostgres postgres;

		void startIfUnconfigured(ConfigurableEnvironment environment) {
			if (!isRequested(environment)) {
				return;
			}
			Path dataDir = Path.of(environment.getProperty("zimmer.local.data-dir", "zimmer-data")).toAbsolutePath();
			this.postgres = start(dataDir.resolve("postgres"));
			Map<String, Object> properties = new HashMap<>();
			properties.put("spring.datasource.url", this.postgres.getJdbcUrl("postgres", "postgres"));
			properties.put("spring.datasource.username", "postgres");
			properties.put("spring.datasource.password", "");
			properties.put("zimmer.local.enabled", "true");
			properties.put("zimmer.security.secure-cookies", "false");
			properties.put("zimmer.benchmark.baseline-enabled", "true");
			properties.put("zimmer.billing.sandbox-enabled", "true");
			properties.put("springdoc.api-docs.enabled", "true");
			properties.put("springdoc.swagger-ui.enabled", "true");
			LocalSecrets.loadOrCreate(dataDir.resolve("secrets.properties"))
				.forEach((key, value) -> putIfUnset(environment, properties, key, value));
			putIfUnset(environment, properties, "zimmer.admin.email", "admin@zimmer.local");
			putIfUnset(environment, properties, "zimmer.web.cors-allowed-origins",
					"http://localhost:3000,http://127.0.0.1:3000");
			environment.getPropertySources().addFirst(new MapPropertySource("zimmerLocalMode", properties));
			environment.addActiveProfile(PROFILE);
		}

		private static void putIfUnset(ConfigurableEnvironment environment, Map<String, Object> properties, String key,
				String value) {
			String current = environment.getProperty(key);
			if (current == null || current.isBlank()) {
				properties.put(key, value);
			}
		}

		private static EmbeddedPostgres start(Path directory) {
			try {
				Files.createDirectories(directory);
				logger.info("Local mode: starting embedded PostgreSQL with data in '{}'", directory);
				return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Local mode could not start its embedded PostgreSQL in '" + directory
						+ "': check that the folder is writable, or set ZIMMER_DATABASE_URL", ex);
			}
		}

		@Override
		public void destroy() throws IOException {
			if (this.postgres != null) {
				this.postgres.close();
			}
		}

	}

}
