package ai.zimmer.integration;

/**
 * What a vendor needs to set up a customer's instance; sent as the body of
 * {@code POST provision_url}.
 *
 * @param userAutomationId the subscription
 * @param userId the customer
 * @param botToken the customer's bot token, {@code null} when none was given
 * @param demoTokens the demo tokens the subscription holds
 */
public record ProvisionRequest(long userAutomationId, long userId, String botToken, long demoTokens) {

	@Override
	public String toString() {
		return "ProvisionRequest[userAutomationId=" + this.userAutomationId + ", userId=" + this.userId
				+ ", hasBotToken=" + (this.botToken != null) + ", demoTokens=" + this.demoTokens + "]";
	}

}
