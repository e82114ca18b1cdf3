package ai.zimmer.sample;

import java.time.Clock;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /provision}: Zimmer sets up a customer's instance; its integration turns
 * active on a 200.
 */
final class ProvisionEndpoint implements Endpoint {

	static final int MAX_BOT_TOKEN_LENGTH = 256;

	private final SubscriptionRegistry subscriptions;

	private final Faults faults;

	private final Clock clock;

	ProvisionEndpoint(SubscriptionRegistry subscriptions, Faults faults, Clock clock) {
		this.subscriptions = subscriptions;
		this.faults = faults;
		this.clock = clock;
	}

	@Override
	public Reply handle(InboundRequest request) {
		String serviceToken = request.serviceToken();
		if (this.faults.provision() == Faults.Provision.FAIL) {
			throw new ApiProblem(500, "provision_failed", "Provisioning failed (injected fault 'provision: fail')");
		}
		this.subscriptions.save(subscription(request.jsonObject(), serviceToken));
		return Reply.ok(Map.of("status", "provisioned"));
	}

	private ProvisionedSubscription subscription(JsonNode body, String serviceToken) {
		return new ProvisionedSubscription(JsonFields.identifier(body, "user_automation_id"),
				JsonFields.identifier(body, "user_id"), serviceToken,
				JsonFields.optionalString(body, "bot_token", MAX_BOT_TOKEN_LENGTH).orElse(null),
				JsonFields.nonNegativeInteger(body, "demo_tokens"), this.clock.instant());
	}

}
