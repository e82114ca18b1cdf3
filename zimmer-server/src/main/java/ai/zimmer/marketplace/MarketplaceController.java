package ai.zimmer.marketplace;

import jakarta.validation.constraints.Size;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public marketplace: listed automations only, open to anonymous visitors.
 */
@RestController
class MarketplaceController {

	private final MarketplaceService marketplace;

	MarketplaceController(MarketplaceService marketplace) {
		this.marketplace = marketplace;
	}

	@GetMapping("/api/automations/marketplace")
	CursorPage<MarketplaceItem> marketplace(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(name = "pricing_type", required = false) @Size(max = 32) String pricingType,
			@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) @Size(max = 200) String cursor) {
		return this.marketplace.page(searchTerm(q), pricingType(pricingType), PageQuery.of(limit, cursor));
	}

	@GetMapping("/api/automations/{id}")
	MarketplaceItem automation(@PathVariable long id) {
		return this.marketplace.find(id);
	}

	static String searchTerm(String q) {
		return (q != null && !q.isBlank()) ? q.trim() : null;
	}

	static PricingType pricingType(String value) {
		if (value == null) {
			return null;
		}
		return PricingType.fromValue(value)
			.orElseThrow(() -> ApiException.invalid("pricing_type", "is not one of the accepted values"));
	}

}
