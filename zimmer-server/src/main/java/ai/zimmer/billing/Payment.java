package ai.zimmer.billing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A customer's purchase of paid tokens for one subscription, as stored.
 *
 * @param authority the gateway's handle on the payment, {@code null} until the gateway
 * issued one (and for free payments)
 * @param returnUrl where the customer's browser goes after the gateway, or {@code null}
 */
public record Payment(long id, long userId, long automationId, String automationName, long subscriptionId, long tokens,
		long amount, Long discountCodeId, String discountCode, long discountAmount, String gateway, String authority,
		String refId, String returnUrl, PaymentStatus status, Instant createdAt, Instant completedAt) {

	public boolean isPending() {
		return this.status == PaymentStatus.PENDING;
	}

	/**
	 * Whether the gateway issued this authority for this payment; compared in constant
	 * time so that an authority cannot be guessed a character at a time.
	 */
	public boolean wasIssued(String returnedAuthority) {
		return this.authority != null && returnedAuthority != null && MessageDigest.isEqual(
				this.authority.getBytes(StandardCharsets.UTF_8), returnedAuthority.getBytes(StandardCharsets.UTF_8));
	}

}
