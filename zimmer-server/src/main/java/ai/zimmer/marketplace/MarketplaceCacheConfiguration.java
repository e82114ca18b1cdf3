package ai.zimmer.marketplace;

import java.util.List;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the marketplace cache through its own resolver rather than the application's
 * cache manager, so that its jittered in-process lifetime holds whatever cache type other
 * features configure.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class MarketplaceCacheConfiguration {

	static final String RESOLVER = "marketplaceCacheResolver";

	@Bean(RESOLVER)
	CacheResolver marketplaceCacheResolver(MarketplaceCache marketplaceCache) {
		return (context) -> List.of(marketplaceCache.cache());
	}

}
