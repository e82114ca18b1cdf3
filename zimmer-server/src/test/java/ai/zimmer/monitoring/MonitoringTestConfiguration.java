package ai.zimmer.monitoring;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Gives the shared test context a cache manager, as the marketplace cache does in
 * production, so that cache metrics and the cache probe can be tested. Picked up by
 * component scanning (not imported) so that every integration test keeps the one context.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class MonitoringTestConfiguration {

}
