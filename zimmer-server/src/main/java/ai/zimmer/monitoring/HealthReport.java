package ai.zimmer.monitoring;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code /api/monitoring/health}. Anonymous callers get the status fields
 * only; staff and the management port also get times, round trips and problems.
 *
 * @param status {@code healthy}, {@code degraded} or {@code unhealthy}
 * @param uptimeSeconds seconds since the application started
 * @param version the running version
 * @param commit the running commit (detailed only)
 * @param components each dependency's status
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record HealthReport(String status, long uptimeSeconds, String version, String commit,
		Map<String, Component> components) {

	/**
	 * One dependency in the health report.
	 *
	 * @param status {@code up}, {@code down} or {@code degraded}
	 * @param roundTripMs the last probe's round trip (detailed only)
	 * @param checkedAt when it was last probed (detailed only)
	 * @param problem why it is down (detailed only)
	 * @param details component-specific numbers (detailed only)
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Component(String status, Double roundTripMs, String checkedAt, String problem, Map<String, Object> details) {

		static Component statusOnly(String status) {
			return new Component(status, null, null, null, null);
		}

	}

}
