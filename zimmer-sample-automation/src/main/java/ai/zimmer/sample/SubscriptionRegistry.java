package ai.zimmer.sample;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The subscriptions Zimmer provisioned, in memory: a restart forgets them, as a demo
 * vendor may.
 */
final class SubscriptionRegistry {

	private final ConcurrentMap<Identifier, ProvisionedSubscription> subscriptions = new ConcurrentHashMap<>();

	/**
	 * Remembers a subscription; provisioning it again replaces it, with the newer service
	 * token.
	 * @param subscription the provisioned subscription
	 */
	void save(ProvisionedSubscription subscription) {
		this.subscriptions.put(subscription.userAutomationId(), subscription);
	}

	Optional<ProvisionedSubscription> find(Identifier userAutomationId) {
		return Optional.ofNullable(this.subscriptions.get(userAutomationId));
	}

	void knowledgeBaseReset(Identifier userAutomationId, Instant at) {
		this.subscriptions.computeIfPresent(userAutomationId,
				(id, subscription) -> subscription.withKnowledgeBaseUpdatedAt(at));
	}

}
