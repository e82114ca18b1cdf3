package ai.zimmer.integration;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.HealthStatus;

/**
 * The answer to an on-demand health check.
 */
record HealthCheckView(long automationId, HealthStatus healthStatus, Instant lastHealthAt,
		@JsonRawValue String healthDetails) {

	static HealthCheckView of(Automation automation) {
		return new HealthCheckView(automation.id(), automation.healthStatus(), automation.lastHealthAt(),
				automation.healthDetails());
	}

}
