package ai.zimmer.monitoring;

import java.time.Clock;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Measures a round trip to the primary database through the application's own pool (so
 * that pool exhaustion shows) and checks once that Flyway has nothing pending.
 */
class DatabaseProbe {

	private final JdbcTemplate jdbc;

	private final ObjectProvider<Flyway> flyway;

	private final Clock clock;

	private volatile boolean migrationsKnownApplied;

	DatabaseProbe(DataSource dataSource, ObjectProvider<Flyway> flyway, Clock clock, int timeoutSeconds) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.jdbc.setQueryTimeout(timeoutSeconds);
		this.flyway = flyway;
		this.clock = clock;
	}

	DatabaseCheck probe() {
		long start = System.nanoTime();
		try {
			this.jdbc.queryForObject("select 1", Integer.class);
			ComponentCheck connection = ComponentCheck.up(start, this.clock.instant());
			return new DatabaseCheck(connection, migrationsApplied());
		}
		catch (RuntimeException ex) {
			return new DatabaseCheck(ComponentCheck.down(start, this.clock.instant(), ex), null);
		}
	}

	/**
	 * Asks Flyway until the answer is yes: a schema does not become un-migrated, and
	 * asking scans the migration files.
	 */
	private Boolean migrationsApplied() {
		if (this.migrationsKnownApplied) {
			return Boolean.TRUE;
		}
		Flyway migrations = this.flyway.getIfAvailable();
		if (migrations == null) {
			return null;
		}
		this.migrationsKnownApplied = migrations.info().pending().length == 0;
		return this.migrationsKnownApplied;
	}

}
