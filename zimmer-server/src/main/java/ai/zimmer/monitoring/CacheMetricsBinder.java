package ai.zimmer.monitoring;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cache.metrics.CacheMetricsRegistrar;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Gives caches created after start-up (a Caffeine cache manager creates them on first
 * use) the same {@code cache_*} meters Spring Boot gives the caches it sees at start-up.
 * Hit and miss counts need Caffeine's {@code recordStats}.
 */
class CacheMetricsBinder {

	private final ObjectProvider<CacheManager> cacheManager;

	private final ObjectProvider<CacheMetricsRegistrar> registrar;

	private final MeterRegistry registry;

	private final Set<String> bound = ConcurrentHashMap.newKeySet();

	CacheMetricsBinder(ObjectProvider<CacheManager> cacheManager, ObjectProvider<CacheMetricsRegistrar> registrar,
			MeterRegistry registry) {
		this.cacheManager = cacheManager;
		this.registrar = registrar;
		this.registry = registry;
	}

	@Scheduled(fixedRateString = "${zimmer.monitoring.sample-interval:5s}")
	void bindNewCaches() {
		CacheManager manager = this.cacheManager.getIfAvailable();
		CacheMetricsRegistrar metrics = this.registrar.getIfAvailable();
		if (manager == null || metrics == null) {
			return;
		}
		for (String name : manager.getCacheNames()) {
			if (!CacheProbe.PROBE_CACHE.equals(name) && this.bound.add(name) && !alreadyMetered(name)) {
				Cache cache = manager.getCache(name);
				if (cache != null) {
					metrics.bindCacheToRegistry(cache, Tag.of("cache.manager", "cacheManager"));
				}
			}
		}
	}

	private boolean alreadyMetered(String name) {
		return this.registry.find("cache.gets").tag("cache", name).functionCounter() != null;
	}

}
