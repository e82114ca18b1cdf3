package ai.zimmer.monitoring;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The latest probe of each dependency, shared by the health report, readiness, the alert
 * rules and the {@code zimmer_dependency_up{component}} gauges, so that they all tell the
 * same story.
 */
class DependencyStatus {

	static final String DATABASE = "database";

	static final String CACHE = "cache";

	private final MeterRegistry registry;

	private final AtomicBoolean cacheGaugeRegistered = new AtomicBoolean();

	private volatile DatabaseCheck database;

	private volatile ComponentCheck cache;

	DependencyStatus(MeterRegistry registry) {
		this.registry = registry;
		upGauge(DATABASE, () -> Optional.ofNullable(this.database).map(DatabaseCheck::ready));
	}

	void database(DatabaseCheck check) {
		this.database = check;
	}

	void cache(ComponentCheck check) {
		this.cache = check;
		if (this.cacheGaugeRegistered.compareAndSet(false, true)) {
			upGauge(CACHE, () -> Optional.ofNullable(this.cache).map(ComponentCheck::up));
		}
	}

	Optional<DatabaseCheck> database() {
		return Optional.ofNullable(this.database);
	}

	/**
	 * @return the latest cache probe, empty when the application has no cache
	 */
	Optional<ComponentCheck> cache() {
		return Optional.ofNullable(this.cache);
	}

	private void upGauge(String component, Supplier<Optional<Boolean>> up) {
		Gauge.builder("zimmer.dependency.up", () -> up.get().map((value) -> value ? 1 : 0).orElse(0))
			.description("Whether a dependency answered its last probe (1) or not (0)")
			.tag("component", component)
			.register(this.registry);
	}

}
