package ai.zimmer.billing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import ai.zimmer.platform.error.ApiException;

import org.springframework.stereotype.Component;

/**
 * The registered gateways by name, and the one new payments use.
 */
@Component
class PaymentGateways {

	private final Map<String, PaymentGateway> byName;

	private final PaymentGateway current;

	PaymentGateways(List<PaymentGateway> gateways, BillingProperties properties) {
		this.byName = gateways.stream()
			.collect(Collectors.toUnmodifiableMap(PaymentGateway::name, Function.identity()));
		this.current = this.byName.get(properties.gateway());
		if (this.current == null) {
			throw new IllegalStateException("zimmer.billing.gateway is '" + properties.gateway()
					+ "' but the registered gateways are " + this.byName.keySet()
					+ ": set ZIMMER_BILLING_GATEWAY to one (the sandbox gateway, which lets anyone pay for free, is "
					+ "registered only in local mode or with ZIMMER_BILLING_SANDBOX_ENABLED=true)");
		}
	}

	PaymentGateway current() {
		return this.current;
	}

	/**
	 * @throws ApiException 404 when no gateway has this name
	 */
	PaymentGateway named(String name) {
		PaymentGateway gateway = this.byName.get(name);
		if (gateway == null) {
			throw ApiException.notFound("Payment gateway");
		}
		return gateway;
	}

}
