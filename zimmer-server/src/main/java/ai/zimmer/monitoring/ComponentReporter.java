package ai.zimmer.monitoring;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.CacheManager;

import static ai.zimmer.monitoring.Figures.rounded;

/**
 * The staff views of single components: the database with its pool, the cache with its
 * caches.
 */
class ComponentReporter {

	private static final Duration ONE_MINUTE = Duration.ofMinutes(1);

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	private final DependencyStatus dependencies;

	private final ResourceHistory resources;

	private final MeterRegistry registry;

	private final ObjectProvider<CacheManager> cacheManager;

	ComponentReporter(DependencyStatus dependencies, ResourceHistory resources, MeterRegistry registry,
			ObjectProvider<CacheManager> cacheManager) {
		this.dependencies = dependencies;
		this.resources = resources;
		this.registry = registry;
		this.cacheManager = cacheManager;
	}

	Map<String, Object> database() {
		Map<String, Object> report = new LinkedHashMap<>();
		Optional<DatabaseCheck> check = this.dependencies.database();
		report.put("status", check.map((found) -> found.ready() ? "up" : "down").orElse("unknown"));
		check.ifPresent((found) -> {
			report.putAll(probe(found.connection()));
			report.put("migrations_applied", found.migrationsApplied());
		});
		report.put("connection_pool", this.resources.latest().map(MetricsReporter::pool).orElse(null));
		report.put("connection_pool_usage_1m",
				rounded(this.resources.average(ONE_MINUTE, ResourceSample::poolUsage), 4));
		report.put("connection_pool_usage_5m",
				rounded(this.resources.average(FIVE_MINUTES, ResourceSample::poolUsage), 4));
		return report;
	}

	Map<String, Object> cache() {
		Map<String, Object> report = new LinkedHashMap<>();
		CacheManager manager = this.cacheManager.getIfAvailable();
		Optional<ComponentCheck> check = this.dependencies.cache();
		report.put("status", check.map(ComponentCheck::status).orElse((manager != null) ? "unknown" : "absent"));
		check.ifPresent((found) -> report.putAll(probe(found)));
		report.put("provider", (manager != null) ? manager.getClass().getSimpleName() : null);
		report.put("hit_rate_1m", rounded(this.resources.cacheHitRate(ONE_MINUTE), 4));
		report.put("hit_rate_5m", rounded(this.resources.cacheHitRate(FIVE_MINUTES), 4));
		report.put("caches", caches());
		return report;
	}

	private static Map<String, Object> probe(ComponentCheck check) {
		Map<String, Object> probe = new LinkedHashMap<>();
		probe.put("round_trip_ms", check.roundTripMillis());
		probe.put("checked_at", check.checkedAt().toString());
		probe.put("problem", check.up() ? null : check.problem());
		return probe;
	}

	/**
	 * Every metered cache with its counts since start.
	 */
	private List<Map<String, Object>> caches() {
		TreeSet<String> names = new TreeSet<>();
		this.registry.find("cache.gets")
			.functionCounters()
			.forEach((counter) -> names.add(counter.getId().getTag("cache")));
		names.remove(CacheProbe.PROBE_CACHE);
		return names.stream().map(this::cacheFigures).toList();
	}

	private Map<String, Object> cacheFigures(String name) {
		double hits = gets(name, "hit");
		double misses = gets(name, "miss");
		Gauge size = this.registry.find("cache.size").tag("cache", name).gauge();
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("name", name);
		figures.put("hits", (long) hits);
		figures.put("misses", (long) misses);
		figures.put("hit_rate", (hits + misses > 0) ? rounded(hits / (hits + misses), 4) : null);
		figures.put("size", (size != null) ? (long) size.value() : null);
		return figures;
	}

	private double gets(String cache, String result) {
		return this.registry.find("cache.gets")
			.tag("cache", cache)
			.tag("result", result)
			.functionCounters()
			.stream()
			.mapToDouble(FunctionCounter::count)
			.sum();
	}

}
