package ai.zimmer.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real embedded PostgreSQL per test JVM, shared by every test; tests isolate their
 * data by making it unique.
 */
public final class TestDatabase {

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	public static synchronized EmbeddedPostgres postgres() {
		if (postgres == null) {
			try {
				postgres = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Embedded PostgreSQL for tests did not start", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop));
		}
		return postgres;
	}

	private static void stop() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Points the application context at the shared test database.
	 */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.datasource.url=" + postgres().getJdbcUrl("postgres", "postgres"),
						"spring.datasource.username=postgres", "spring.datasource.password=")
				.applyTo(context);
		}

	}

}
