package ai.zimmer.wallet;

import java.time.Instant;

/**
 * A customer's subscription to an automation, with its wallet of demo and paid tokens.
 */
public record Subscription(long id, long userId, long automationId, String automationName, long demoTokens,
		long paidTokens, boolean demoActive, SubscriptionStatus status, IntegrationStatus integrationStatus,
		boolean hasBotToken, Instant provisionedAt, Instant createdAt) {

	public long balance() {
		return this.demoTokens + this.paidTokens;
	}

}
