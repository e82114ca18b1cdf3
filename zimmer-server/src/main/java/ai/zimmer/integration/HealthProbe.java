package ai.zimmer.integration;

import java.util.Map;

import ai.zimmer.marketplace.HealthStatus;

/**
 * The verdict of one health probe with what it was based on.
 *
 * @param status healthy, degraded or unhealthy
 * @param details what the vendor answered (or why it did not), stored as the automation's
 * {@code health_details}
 */
record HealthProbe(HealthStatus status, Map<String, Object> details) {
}
