package ai.zimmer.marketplace;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long marketplace answers may be served from memory.
 *
 * @param cacheTtl the nominal lifetime of a cached answer
 * @param cacheJitter the fraction (0..0.5) by which each entry's lifetime varies at
 * random, so that entries cached together do not all expire at once
 * @param cacheMaxEntries the most answers kept, since every search term is its own entry
 */
@ConfigurationProperties("zimmer.marketplace")
record MarketplaceProperties(Duration cacheTtl, Double cacheJitter, Long cacheMaxEntries) {

	MarketplaceProperties {
		cacheTtl = (cacheTtl != null) ? cacheTtl : Duration.ofSeconds(600);
		cacheJitter = (cacheJitter != null) ? cacheJitter : 0.1;
		cacheMaxEntries = (cacheMaxEntries != null) ? cacheMaxEntries : 10_000L;
		if (cacheTtl.isNegative() || cacheTtl.isZero()) {
			throw new IllegalArgumentException("zimmer.marketplace.cache-ttl must be positive, e.g. 600s");
		}
		if (cacheJitter < 0 || cacheJitter > 0.5) {
			throw new IllegalArgumentException("zimmer.marketplace.cache-jitter must be between 0 and 0.5, e.g. 0.1");
		}
		if (cacheMaxEntries < 1) {
			throw new IllegalArgumentException("zimmer.marketplace.cache-max-entries must be at least 1");
		}
	}

}
