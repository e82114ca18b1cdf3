package ai.zimmer.billing;

import java.time.Instant;

/**
 * A payment as customers (their own receipts) and staff see it: no authority, no return
 * URL.
 */
public record PaymentView(long id, long userId, long automationId, String automationName, long tokens, long amount,
		String discountCode, long discountAmount, String gateway, PaymentStatus status, String refId, Instant createdAt,
		Instant completedAt) {

	static PaymentView of(Payment payment) {
		return new PaymentView(payment.id(), payment.userId(), payment.automationId(), payment.automationName(),
				payment.tokens(), payment.amount(), payment.discountCode(), payment.discountAmount(), payment.gateway(),
				payment.status(), payment.refId(), payment.createdAt(), payment.completedAt());
	}

}
