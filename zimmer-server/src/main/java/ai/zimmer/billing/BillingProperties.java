package ai.zimmer.billing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Payment settings operators may tune.
 *
 * @param gateway the gateway new payments go through ({@code sandbox} until a real
 * adapter is configured); callbacks are accepted from every registered gateway so that
 * payments started before a switch can still complete
 */
@ConfigurationProperties("zimmer.billing")
record BillingProperties(String gateway) {

	BillingProperties {
		gateway = (gateway != null && !gateway.isBlank()) ? gateway : SandboxGateway.NAME;
	}

}
