package ai.zimmer.marketplace;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The in-process marketplace cache: entries live {@code cache-ttl ± jitter} and the whole
 * cache is emptied after every committed change that may alter the listing. Emptying
 * before the commit would let a concurrent read cache the old state again.
 */
@Component
class MarketplaceCache {

	static final String NAME = "marketplace";

	private final CaffeineCache cache;

	MarketplaceCache(MarketplaceProperties properties, ObjectProvider<MeterRegistry> meters) {
		com.github.benmanes.caffeine.cache.Cache<Object, Object> store = Caffeine.newBuilder()
			.expireAfter(new JitteredExpiry(properties.cacheTtl(), properties.cacheJitter()))
			.maximumSize(properties.cacheMaxEntries())
			.recordStats()
			.build();
		// Same tag keys as the caches Spring Boot binds, since Prometheus needs one key
		// set per meter name.
		meters.ifAvailable((registry) -> CaffeineCacheMetrics.monitor(registry, store, NAME,
				Tags.of("cache.manager", "marketplaceCache", "name", NAME)));
		this.cache = new CaffeineCache(NAME, store);
	}

	Cache cache() {
		return this.cache;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void onAutomationChanged(AutomationChanged event) {
		this.cache.clear();
	}

}
