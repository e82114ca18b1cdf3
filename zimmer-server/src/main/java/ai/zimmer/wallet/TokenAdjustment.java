package ai.zimmer.wallet;

/**
 * A staff credit (positive delta) or debit (negative delta) of a wallet's paid tokens.
 */
public record TokenAdjustment(long userAutomationId, long delta, String reason, String note, Long relatedPaymentId,
		String idempotencyKey) {
}
