package ai.zimmer.marketplace;

import java.time.Instant;

/**
 * An automation a vendor runs on its own servers, with what Zimmer needs to sell and
 * reach it.
 */
public record Automation(long id, String name, String description, PricingType pricingType, long pricePerToken,
		boolean active, boolean listed, String healthCheckUrl, String provisionUrl, String kbStatusUrl,
		String kbResetUrl, boolean hasServiceToken, HealthStatus healthStatus, Instant lastHealthAt,
		String healthDetails, Instant createdAt, Instant updatedAt) {

	/**
	 * The listing gate: active, marked listed by staff, holding a service token and
	 * healthy at its last probe.
	 */
	public boolean isListedInMarketplace() {
		return this.active && this.listed && this.hasServiceToken && this.healthStatus == HealthStatus.HEALTHY;
	}

}
