package ai.zimmer.billing;

/**
 * A gateway could not be reached or refused to open a payment.
 */
class PaymentGatewayException extends RuntimeException {

	PaymentGatewayException(String message, Throwable cause) {
		super(message, cause);
	}

}
