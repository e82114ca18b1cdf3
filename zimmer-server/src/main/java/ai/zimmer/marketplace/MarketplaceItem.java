package ai.zimmer.marketplace;

/**
 * A listed automation as anyone may see it: no integration URLs, no token data.
 */
public record MarketplaceItem(long id, String name, String description, PricingType pricingType, long pricePerToken,
		HealthStatus healthStatus) {

	static MarketplaceItem of(Automation automation) {
		return new MarketplaceItem(automation.id(), automation.name(), automation.description(),
				automation.pricingType(), automation.pricePerToken(), automation.healthStatus());
	}

}
