package ai.zimmer.billing;

/**
 * The answer to a new order: where to send the browser to pay, or, for an order that cost
 * nothing, the completed payment.
 *
 * @param redirectUrl the gateway's payment page; for a completed payment its return URL
 * with the outcome, or {@code null}
 */
public record PaymentStarted(long paymentId, PaymentStatus status, long amount, long discountAmount, String redirectUrl,
		String gateway) {

	static PaymentStarted of(Payment payment, String redirectUrl) {
		return new PaymentStarted(payment.id(), payment.status(), payment.amount(), payment.discountAmount(),
				redirectUrl, payment.gateway());
	}

}
