package ai.zimmer.sample;

import java.time.Instant;

/**
 * A customer's instance of the automation as Zimmer provisioned it. The service token is
 * the one to present when reporting this subscription's usage.
 *
 * @param userAutomationId Zimmer's subscription id
 * @param userId the customer
 * @param serviceToken the token that came with the provisioning call
 * @param botToken the customer's bot token, or {@code null} when Zimmer sent none
 * @param demoTokens the demo tokens the subscription started with
 * @param knowledgeBaseUpdatedAt when the knowledge base was created or last reset
 */
record ProvisionedSubscription(Identifier userAutomationId, Identifier userId, String serviceToken, String botToken,
		long demoTokens, Instant knowledgeBaseUpdatedAt) {

	ProvisionedSubscription withKnowledgeBaseUpdatedAt(Instant updatedAt) {
		return new ProvisionedSubscription(this.userAutomationId, this.userId, this.serviceToken, this.botToken,
				this.demoTokens, updatedAt);
	}

	/** Leaves both secrets out, so that logging a subscription never leaks them. */
	@Override
	public String toString() {
		return "ProvisionedSubscription[userAutomationId=" + this.userAutomationId + ", userId=" + this.userId
				+ ", demoTokens=" + this.demoTokens + ", knowledgeBaseUpdatedAt=" + this.knowledgeBaseUpdatedAt + "]";
	}

}
