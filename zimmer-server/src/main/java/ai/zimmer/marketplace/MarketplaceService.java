package ai.zimmer.marketplace;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.cache.annotation.CacheConfig;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

/**
 * The public marketplace, served from an in-process cache that every change affecting the
 * listing empties.
 */
@Service
@CacheConfig(cacheNames = MarketplaceCache.NAME, cacheResolver = MarketplaceCacheConfiguration.RESOLVER)
public class MarketplaceService {

	private final AutomationService automations;

	MarketplaceService(AutomationService automations) {
		this.automations = automations;
	}

	@Cacheable(key = "{'page', #query, #pricingType, #page}")
	public CursorPage<MarketplaceItem> page(String query, PricingType pricingType, PageQuery page) {
		return this.automations.listed(query, pricingType, page).map(MarketplaceItem::of);
	}

	/**
	 * @throws ApiException 404 when the automation is not listed
	 */
	@Cacheable(key = "{'automation', #id}")
	public MarketplaceItem find(long id) {
		return MarketplaceItem.of(this.automations.findListed(id));
	}

}
