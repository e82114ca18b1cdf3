package ai.zimmer.billing;

/**
 * What a gateway callback led to, for callers that gave no return URL.
 */
public record PaymentOutcome(long paymentId, PaymentStatus status, String refId) {

	static PaymentOutcome of(Payment payment) {
		return new PaymentOutcome(payment.id(), payment.status(), payment.refId());
	}

}
