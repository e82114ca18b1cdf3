package ai.zimmer.monitoring;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

/**
 * Measures a round trip to the cache: a write and a read of a probe entry in a probe
 * cache when the cache manager creates caches on demand, otherwise asking the manager for
 * its caches. In-process today; the same probe measures Redis when the cache moves there.
 */
class CacheProbe {

	static final String PROBE_CACHE = "zimmer-monitoring-probe";

	private final ObjectProvider<CacheManager> cacheManager;

	private final Clock clock;

	private final String probeKey = "probe-" + UUID.randomUUID();

	CacheProbe(ObjectProvider<CacheManager> cacheManager, Clock clock) {
		this.cacheManager = cacheManager;
		this.clock = clock;
	}

	/**
	 * @return the check, empty when the application has no cache
	 */
	Optional<ComponentCheck> probe() {
		CacheManager manager = this.cacheManager.getIfAvailable();
		if (manager == null) {
			return Optional.empty();
		}
		long start = System.nanoTime();
		try {
			roundTrip(manager);
			return Optional.of(ComponentCheck.up(start, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			return Optional.of(ComponentCheck.down(start, this.clock.instant(), ex));
		}
	}

	private void roundTrip(CacheManager manager) {
		Cache probe = manager.getCache(PROBE_CACHE);
		if (probe == null) {
			manager.getCacheNames();
			return;
		}
		long written = this.clock.millis();
		probe.put(this.probeKey, written);
		Cache.ValueWrapper read = probe.get(this.probeKey);
		if (read == null || !Long.valueOf(written).equals(read.get())) {
			throw new IllegalStateException("the cache did not return the entry just written");
		}
	}

}
