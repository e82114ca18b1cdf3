package ai.zimmer.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import ai.zimmer.monitoring.HealthReport.Component;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * Builds the health report from the sampler's last probes: unhealthy when the database
 * cannot serve (the same test as {@code /readyz}), degraded when the cache or an
 * automation service fails, healthy otherwise.
 */
class HealthReporter {

	private final DependencyStatus dependencies;

	private final AutomationHealthMonitor automations;

	private final ApplicationAvailability availability;

	private final BuildInfo build;

	private final Clock clock;

	private final Instant startedAt;

	HealthReporter(DependencyStatus dependencies, AutomationHealthMonitor automations,
			ApplicationAvailability availability, BuildInfo build, Clock clock) {
		this.dependencies = dependencies;
		this.automations = automations;
		this.availability = availability;
		this.build = build;
		this.clock = clock;
		this.startedAt = clock.instant();
	}

	HealthReport report(boolean detailed) {
		Map<String, Component> components = new LinkedHashMap<>();
		components.put(DependencyStatus.DATABASE, database(detailed));
		this.dependencies.cache().ifPresent((cache) -> components.put(DependencyStatus.CACHE, cache(cache, detailed)));
		this.automations.summary()
			.ifPresent((summary) -> components.put("automations", automations(summary, detailed)));
		long uptime = Duration.between(this.startedAt, this.clock.instant()).toSeconds();
		return new HealthReport(overall(), uptime, this.build.version(), detailed ? this.build.commit() : null,
				components);
	}

	private String overall() {
		boolean databaseReady = this.dependencies.database().map(DatabaseCheck::ready).orElse(false);
		boolean refusingTraffic = this.availability.getReadinessState() == ReadinessState.REFUSING_TRAFFIC;
		if (!databaseReady || refusingTraffic) {
			return "unhealthy";
		}
		boolean cacheDown = this.dependencies.cache().map((cache) -> !cache.up()).orElse(false);
		boolean automationsFailing = this.automations.summary()
			.map((summary) -> !"up".equals(summary.status()))
			.orElse(false);
		return (cacheDown || automationsFailing) ? "degraded" : "healthy";
	}

	private Component database(boolean detailed) {
		Optional<DatabaseCheck> check = this.dependencies.database();
		String status = check.map((found) -> found.ready() ? "up" : "down").orElse("unknown");
		if (!detailed || check.isEmpty()) {
			return Component.statusOnly(status);
		}
		ComponentCheck connection = check.get().connection();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("role", "primary");
		details.put("migrations_applied", check.get().migrationsApplied());
		return new Component(status, connection.roundTripMillis(), connection.checkedAt().toString(),
				connection.up() ? null : connection.problem(), details);
	}

	private static Component cache(ComponentCheck check, boolean detailed) {
		if (!detailed) {
			return Component.statusOnly(check.status());
		}
		return new Component(check.status(), check.roundTripMillis(), check.checkedAt().toString(),
				check.up() ? null : check.problem(), null);
	}

	private static Component automations(AutomationSummary summary, boolean detailed) {
		if (!detailed) {
			return Component.statusOnly(summary.status());
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("total", summary.total());
		details.put("healthy", summary.healthy());
		details.put("degraded", summary.degraded());
		details.put("unhealthy", summary.unhealthy());
		details.put("unknown", summary.unknown());
		return new Component(summary.status(), null, summary.checkedAt().toString(), null, details);
	}

}
