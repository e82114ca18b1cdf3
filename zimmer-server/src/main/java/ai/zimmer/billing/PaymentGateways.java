package ai.zimmer.billing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.error.RetryableApiException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The registered gateways by name, and the one new payments use.
 */
@Component
class PaymentGateways {

	private static final Logger logger = LoggerFactory.getLogger(PaymentGateways.class);

	private final Map<String, PaymentGateway> byName;

	private final PaymentGateway current;

	private final String unavailable;

	PaymentGateways(List<PaymentGateway> gateways, BillingProperties properties) {
		this.byName = gateways.stream()
			.collect(Collectors.toUnmodifiableMap(PaymentGateway::name, Function.identity()));
		this.current = this.byName.get(properties.gateway());
		this.unavailable = "No payment gateway named '" + properties.gateway() + "' is registered (registered: "
				+ this.byName.keySet() + "): set ZIMMER_BILLING_GATEWAY to one; the sandbox gateway, which lets "
				+ "anyone pay for free, is registered only in local mode or with ZIMMER_BILLING_SANDBOX_ENABLED=true";
		if (this.current == null) {
			logger.warn("Payments cannot start: {}", this.unavailable);
		}
	}

	/**
	 * The gateway new payments go through.
	 * @throws RetryableApiException 503 {@code payment_gateway_unavailable} when none is
	 * configured, so that the rest of the platform keeps serving while payments wait for
	 * their gateway
	 */
	PaymentGateway current() {
		if (this.current == null) {
			throw new RetryableApiException(HttpStatus.SERVICE_UNAVAILABLE, "payment_gateway_unavailable",
					"Payments are not available right now", Duration.ofMinutes(5));
		}
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
