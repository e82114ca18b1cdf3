package ai.zimmer.monitoring;

import java.io.IOException;
import java.time.Clock;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.health.application.LivenessStateHealthIndicator;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness against a PostgreSQL of its own (the shared test database must keep running):
 * ready while the database answers with every migration applied, unready once it is
 * stopped or while migrations are pending, and liveness untouched throughout.
 */
class DatabaseReadinessTest {

	private final Clock clock = Clock.systemUTC();

	private final DependencyStatus status = new DependencyStatus(new SimpleMeterRegistry());

	private final DatabaseReadiness readiness = new DatabaseReadiness(this.status);

	private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();

	private final LivenessStateHealthIndicator liveness = new LivenessStateHealthIndicator(this.availability);

	private EmbeddedPostgres postgres;

	private HikariDataSource dataSource;

	@AfterEach
	void stop() throws IOException {
		if (this.dataSource != null) {
			this.dataSource.close();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	void readinessShouldTurnDownWhenTheDatabaseStopsWhileLivenessStaysUp() throws IOException {
		start();
		Flyway flyway = migrated();
		DatabaseProbe probe = new DatabaseProbe(this.dataSource, provider(flyway), this.clock, 1);
		this.status.database(probe.probe());
		assertThat(this.readiness.health().getStatus()).isEqualTo(Status.UP);

		this.postgres.close();
		this.postgres = null;
		this.status.database(probe.probe());

		assertThat(this.readiness.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(this.readiness.health().getDetails()).containsKey("problem");
		assertThat(this.liveness.health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void readinessShouldBeDownWhileMigrationsArePending() throws IOException {
		start();
		Flyway flyway = Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load();
		DatabaseProbe probe = new DatabaseProbe(this.dataSource, provider(flyway), this.clock, 1);

		this.status.database(probe.probe());

		assertThat(this.readiness.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(this.readiness.health().getDetails()).containsEntry("migrations_applied", false);
	}

	@Test
	void readinessShouldBeOutOfServiceBeforeTheFirstProbe() {
		assertThat(this.readiness.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
	}

	private void start() throws IOException {
		this.postgres = EmbeddedPostgres.builder().start();
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(this.postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setConnectionTimeout(1000);
		config.setMaximumPoolSize(2);
		this.dataSource = new HikariDataSource(config);
		this.availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, LivenessState.CORRECT));
	}

	private Flyway migrated() {
		Flyway flyway = Flyway.configure().dataSource(this.dataSource).locations("classpath:db/migration").load();
		flyway.migrate();
		return flyway;
	}

	private static ObjectProvider<Flyway> provider(Flyway flyway) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("flyway", flyway);
		return beans.getBeanProvider(Flyway.class);
	}

}
