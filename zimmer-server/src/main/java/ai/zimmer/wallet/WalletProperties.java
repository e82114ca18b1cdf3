package ai.zimmer.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Wallet rules that operators may tune.
 *
 * @param demoTokens demo tokens granted by a new subscription
 * @param lowBalanceThreshold total balance at or under which a customer is told the
 * balance is low
 */
@ConfigurationProperties("zimmer.wallet")
record WalletProperties(Long demoTokens, Long lowBalanceThreshold) {

	WalletProperties {
		demoTokens = (demoTokens != null) ? demoTokens : 5L;
		lowBalanceThreshold = (lowBalanceThreshold != null) ? lowBalanceThreshold : 10L;
		if (demoTokens < 0) {
			throw new IllegalArgumentException("zimmer.wallet.demo-tokens must not be negative");
		}
	}

}
