package ai.zimmer.integration;

import ai.zimmer.integration.VendorOutcome.Answered;
import ai.zimmer.integration.VendorOutcome.Unreachable;
import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.AutomationService;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.error.RetryableApiException;

import org.springframework.stereotype.Service;

/**
 * Asks a vendor to set up a customer's instance. Call it outside a database transaction:
 * it waits on the vendor for up to the request timeout.
 */
@Service
public class ProvisioningService {

	private final AutomationService automations;

	private final VendorEndpoints endpoints;

	private final VendorClient vendor;

	ProvisioningService(AutomationService automations, VendorEndpoints endpoints, VendorClient vendor) {
		this.automations = automations;
		this.endpoints = endpoints;
		this.vendor = vendor;
	}

	/**
	 * Sends {@code POST provision_url}; provisioning is not idempotent, so it is never
	 * retried. A vendor failure is a result with {@code succeeded=false}, never an
	 * exception.
	 * @throws ApiException 404 when the automation does not exist
	 * @throws RetryableApiException 503 {@code automation_unavailable} when the
	 * automation's circuit is open
	 */
	public ProvisionResult provision(long automationId, ProvisionRequest request) {
		Automation automation = this.automations.find(automationId);
		if (automation.provisionUrl() == null) {
			return ProvisionResult.failed("The automation has no provision_url");
		}
		VendorEndpoint endpoint = this.endpoints.of(automation, automation.provisionUrl());
		if (endpoint.serviceToken() == null) {
			return ProvisionResult.failed("The automation has no service token yet");
		}
		return result(this.vendor.provision(endpoint, request));
	}

	private static ProvisionResult result(VendorOutcome outcome) {
		return switch (outcome) {
			case Answered answered when answered.isOk() -> new ProvisionResult(true, "Provisioned by the automation");
			case Answered answered ->
				ProvisionResult.failed("The automation answered HTTP " + answered.status() + " to provisioning");
			case Unreachable unreachable ->
				ProvisionResult.failed("The automation could not be reached: " + unreachable.reason());
		};
	}

}
