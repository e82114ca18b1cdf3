package ai.zimmer.sample;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /kb/status} and {@code POST /kb/reset}: a simulated, always healthy
 * knowledge base per subscription. Unknown subscriptions are answered too, because Zimmer
 * may poll before provisioning succeeded.
 */
final class KnowledgeBaseEndpoints {

	private final SubscriptionRegistry subscriptions;

	private final Clock clock;

	KnowledgeBaseEndpoints(SubscriptionRegistry subscriptions, Clock clock) {
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	Reply status(InboundRequest request) {
		JsonNode body = request.jsonObject();
		Identifier userAutomationId = JsonFields.identifier(body, "user_automation_id");
		// Checked though unused: a real vendor keeps one knowledge base per customer.
		JsonFields.optionalIdentifier(body, "user_id");
		Instant lastUpdated = this.subscriptions.find(userAutomationId)
			.map(ProvisionedSubscription::knowledgeBaseUpdatedAt)
			.orElseGet(this.clock::instant);
		return Reply.ok(new KnowledgeBaseStatus("healthy", "ok", List.of(),
				lastUpdated.truncatedTo(ChronoUnit.MILLIS).toString(), true));
	}

	Reply reset(InboundRequest request) {
		Identifier userAutomationId = JsonFields.identifier(request.jsonObject(), "user_automation_id");
		this.subscriptions.knowledgeBaseReset(userAutomationId, this.clock.instant());
		return Reply.ok(Map.of("status", "reset"));
	}

	record KnowledgeBaseStatus(String status, String backupStatus, List<String> errorLogs, String lastUpdated,
			boolean supportsReset) {
	}

}
