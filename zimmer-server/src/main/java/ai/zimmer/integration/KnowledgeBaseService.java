package ai.zimmer.integration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ai.zimmer.integration.VendorOutcome.Answered;
import ai.zimmer.integration.VendorOutcome.Unreachable;
import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.AutomationService;
import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.wallet.Subscription;
import ai.zimmer.wallet.WalletService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Staff calls to a vendor about one customer's knowledge base: its status and a reset.
 */
@Service
class KnowledgeBaseService {

	private final WalletService wallets;

	private final AutomationService automations;

	private final VendorEndpoints endpoints;

	private final VendorClient vendor;

	private final AuditTrail audit;

	private final JsonMapper json;

	KnowledgeBaseService(WalletService wallets, AutomationService automations, VendorEndpoints endpoints,
			VendorClient vendor, AuditTrail audit, JsonMapper json) {
		this.wallets = wallets;
		this.automations = automations;
		this.endpoints = endpoints;
		this.vendor = vendor;
		this.audit = audit;
		this.json = json;
	}

	/**
	 * @param automationId when given, must be the subscription's automation
	 */
	JsonNode status(Caller caller, long subscriptionId, Long automationId) {
		Subscription subscription = this.wallets.findOwn(caller, subscriptionId);
		if (automationId != null && automationId != subscription.automationId()) {
			throw ApiException.invalid("automation_id", "is not the automation of this subscription");
		}
		VendorEndpoint endpoint = endpoint(subscription, Automation::kbStatusUrl, "kb_status_url");
		VendorOutcome outcome = this.vendor.knowledgeBaseStatus(endpoint, subscription.userId(), subscription.id());
		return answer(outcome, "status");
	}

	/**
	 * Not retried: a reset is not idempotent on every vendor.
	 */
	JsonNode reset(Caller caller, long subscriptionId) {
		Subscription subscription = this.wallets.findOwn(caller, subscriptionId);
		VendorEndpoint endpoint = endpoint(subscription, Automation::kbResetUrl, "kb_reset_url");
		VendorOutcome outcome = this.vendor.knowledgeBaseReset(endpoint, subscription.id());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("automation_id", subscription.automationId());
		details.put("succeeded", outcome instanceof Answered answered && answered.isOk());
		this.audit.record(caller.userId(), "knowledge_base.reset", "subscription", subscription.id(), details);
		return answer(outcome, "reset");
	}

	private VendorEndpoint endpoint(Subscription subscription, Function<Automation, String> url, String field) {
		Automation automation = this.automations.find(subscription.automationId());
		VendorEndpoint endpoint = this.endpoints.of(automation, url.apply(automation));
		if (endpoint.url() == null || endpoint.serviceToken() == null) {
			throw new ApiException(HttpStatus.CONFLICT, "integration_not_configured",
					"The automation has no " + field + " or no service token");
		}
		return endpoint;
	}

	private JsonNode answer(VendorOutcome outcome, String call) {
		return switch (outcome) {
			case Answered answered when answered.isOk() -> jsonObject(answered, call);
			case Answered answered ->
				throw unavailable("answered HTTP " + answered.status() + " to the knowledge-base " + call + " call");
			case Unreachable unreachable -> throw unavailable("could not be reached: " + unreachable.reason());
		};
	}

	private JsonNode jsonObject(Answered answered, String call) {
		try {
			JsonNode body = this.json.readTree(answered.body());
			if (body != null && body.isObject()) {
				return body;
			}
		}
		catch (JacksonException ex) {
			// Answered below like any other answer outside the contract.
		}
		throw unavailable("answered the knowledge-base " + call + " call with something other than a JSON object");
	}

	private static ApiException unavailable(String what) {
		return new ApiException(HttpStatus.BAD_GATEWAY, "automation_unavailable", "The automation " + what);
	}

}
