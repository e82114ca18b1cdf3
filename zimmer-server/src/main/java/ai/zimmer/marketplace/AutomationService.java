package ai.zimmer.marketplace;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as customers and other features see it: only automations that pass the
 * listing gate.
 */
@Service
public class AutomationService {

	private final AutomationRepository automations;

	AutomationService(AutomationRepository automations) {
		this.automations = automations;
	}

	/**
	 * @throws ApiException 404 when the automation does not exist or is not listed
	 */
	@Transactional(readOnly = true)
	public Automation findListed(long id) {
		return this.automations.findById(id)
			.filter(Automation::isListedInMarketplace)
			.orElseThrow(() -> ApiException.notFound("Automation"));
	}

	/**
	 * Any automation, listed or not, for staff and for Zimmer's own calls to vendors.
	 */
	@Transactional(readOnly = true)
	public Automation find(long id) {
		return this.automations.findById(id).orElseThrow(() -> ApiException.notFound("Automation"));
	}

	@Transactional(readOnly = true)
	public CursorPage<Automation> listed(String query, PricingType pricingType, PageQuery page) {
		return page.page(this.automations.listedPage(query, pricingType, page.after(), page.fetchSize()),
				Automation::id);
	}

}
