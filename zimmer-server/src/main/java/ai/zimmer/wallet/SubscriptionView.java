package ai.zimmer.wallet;

import java.time.Instant;

/**
 * A subscription and its wallet as the API shows them.
 */
record SubscriptionView(long id, long userId, long automationId, String automationName, long demoTokens,
		long paidTokens, boolean isDemoActive, SubscriptionStatus status, IntegrationStatus integrationStatus,
		Instant provisionedAt, Instant createdAt) {

	static SubscriptionView of(Subscription subscription) {
		return new SubscriptionView(subscription.id(), subscription.userId(), subscription.automationId(),
				subscription.automationName(), subscription.demoTokens(), subscription.paidTokens(),
				subscription.demoActive(), subscription.status(), subscription.integrationStatus(),
				subscription.provisionedAt(), subscription.createdAt());
	}

}
