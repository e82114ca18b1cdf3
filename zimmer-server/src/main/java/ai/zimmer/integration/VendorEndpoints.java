package ai.zimmer.integration;

import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.ServiceTokenService;

import org.springframework.stereotype.Component;

/**
 * Pairs an automation's URL with its current service token.
 */
@Component
class VendorEndpoints {

	private final ServiceTokenService serviceTokens;

	VendorEndpoints(ServiceTokenService serviceTokens) {
		this.serviceTokens = serviceTokens;
	}

	VendorEndpoint of(Automation automation, String url) {
		return new VendorEndpoint(automation.id(), url, this.serviceTokens.currentToken(automation.id()).orElse(null));
	}

}
