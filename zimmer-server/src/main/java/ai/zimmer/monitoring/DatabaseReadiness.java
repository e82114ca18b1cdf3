package ai.zimmer.monitoring;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Readiness of the database for {@code /readyz}: reachable at the last probe and no
 * migration pending. Answers from the sampler's last probe, so a readiness call never
 * waits for the database.
 */
class DatabaseReadiness implements HealthIndicator {

	private final DependencyStatus status;

	DatabaseReadiness(DependencyStatus status) {
		this.status = status;
	}

	@Override
	public Health health() {
		return this.status.database().map(DatabaseReadiness::toHealth).orElseGet(() -> Health.outOfService().build());
	}

	private static Health toHealth(DatabaseCheck check) {
		Health.Builder health = check.ready() ? Health.up() : Health.down();
		health.withDetail("round_trip_ms", check.connection().roundTripMillis())
			.withDetail("checked_at", check.connection().checkedAt().toString());
		if (check.migrationsApplied() != null) {
			health.withDetail("migrations_applied", check.migrationsApplied());
		}
		if (!check.connection().up()) {
			health.withDetail("problem", check.connection().problem());
		}
		return health.build();
	}

}
