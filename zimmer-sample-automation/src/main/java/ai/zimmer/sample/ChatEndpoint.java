package ai.zimmer.sample;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /chat}: stands in for the bot answering one customer message. Like a real
 * vendor it reports the message to Zimmer first and answers only when Zimmer accepted the
 * usage.
 */
final class ChatEndpoint implements Endpoint {

	static final int MAX_MESSAGE_LENGTH = 4096;

	static final int MAX_REQUEST_ID_LENGTH = 128;

	private final SubscriptionRegistry subscriptions;

	private final UsageReporter usageReporter;

	ChatEndpoint(SubscriptionRegistry subscriptions, UsageReporter usageReporter) {
		this.subscriptions = subscriptions;
		this.usageReporter = usageReporter;
	}

	@Override
	public Reply handle(InboundRequest request) throws InterruptedException {
		JsonNode body = request.jsonObject();
		Identifier userAutomationId = JsonFields.identifier(body, "user_automation_id");
		String message = JsonFields.requiredString(body, "message", MAX_MESSAGE_LENGTH);
		String requestId = JsonFields.optionalString(body, "request_id", MAX_REQUEST_ID_LENGTH)
			.orElseGet(() -> UUID.randomUUID().toString());
		ProvisionedSubscription subscription = this.subscriptions.find(userAutomationId)
			.orElseThrow(() -> new ApiProblem(404, "unknown_subscription",
					"Subscription " + userAutomationId + " was never provisioned here"));
		UsageReporter.UsageOutcome outcome = this.usageReporter.report(subscription, "message", requestId);
		if (!outcome.accepted()) {
			throw refused(outcome, requestId);
		}
		return Reply.ok(new ChatReply(answer(message), true, outcome.remainingDemoTokens(),
				outcome.remainingPaidTokens(), requestId));
	}

	private static String answer(String message) {
		return "You said: " + message;
	}

	private static ApiProblem refused(UsageReporter.UsageOutcome outcome, String requestId) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("accepted", false);
		details.put("remaining_demo_tokens", outcome.remainingDemoTokens());
		details.put("remaining_paid_tokens", outcome.remainingPaidTokens());
		details.put("request_id", requestId);
		String reason = outcome.message().isBlank() ? "the wallet cannot cover the message" : outcome.message();
		return new ApiProblem(402, "insufficient_tokens", "Zimmer refused the usage: " + reason, details);
	}

	record ChatReply(String reply, boolean accepted, long remainingDemoTokens, long remainingPaidTokens,
			String requestId) {
	}

}
