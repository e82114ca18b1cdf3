package ai.zimmer.marketplace;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An automation as staff see it: every setting, whether it holds a service token (never
 * the token itself) and what its last health probe said.
 */
record AutomationAdminView(long id, String name, String description, PricingType pricingType, long pricePerToken,
		boolean isActive, boolean isListed, boolean listedInMarketplace, String healthCheckUrl, String provisionUrl,
		String kbStatusUrl, String kbResetUrl, boolean hasServiceToken, HealthStatus healthStatus, Instant lastHealthAt,
		@JsonRawValue String healthDetails, Instant createdAt, Instant updatedAt) {

	static AutomationAdminView of(Automation automation) {
		return new AutomationAdminView(automation.id(), automation.name(), automation.description(),
				automation.pricingType(), automation.pricePerToken(), automation.active(), automation.listed(),
				automation.isListedInMarketplace(), automation.healthCheckUrl(), automation.provisionUrl(),
				automation.kbStatusUrl(), automation.kbResetUrl(), automation.hasServiceToken(),
				automation.healthStatus(), automation.lastHealthAt(), automation.healthDetails(),
				automation.createdAt(), automation.updatedAt());
	}

}
