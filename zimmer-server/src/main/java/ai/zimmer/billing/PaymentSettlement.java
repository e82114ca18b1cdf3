package ai.zimmer.billing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.zimmer.monitoring.BusinessMetrics;
import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.wallet.WalletService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The moves of a payment out of {@code pending}, each in one transaction that starts with
 * a conditional update: whoever moves the payment first does the work, every replayed or
 * concurrent callback finds nothing to move and credits nothing.
 */
@Component
class PaymentSettlement {

	private final PaymentRepository payments;

	private final WalletService wallet;

	private final DiscountService discounts;

	private final AuditTrail audit;

	private final BusinessMetrics metrics;

	private final Clock clock;

	PaymentSettlement(PaymentRepository payments, WalletService wallet, DiscountService discounts, AuditTrail audit,
			BusinessMetrics metrics, Clock clock) {
		this.payments = payments;
		this.wallet = wallet;
		this.discounts = discounts;
		this.audit = audit;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Marks a verified payment succeeded and credits its tokens, redeems its discount
	 * code and audits it, all together or not at all.
	 * @return the payment as it now stands
	 */
	@Transactional
	public Payment succeed(Payment payment, String refId) {
		if (!this.payments.complete(payment.id(), PaymentStatus.SUCCEEDED, refId, this.clock.instant())) {
			return reload(payment);
		}
		long paidTokens = this.wallet.creditPayment(payment.subscriptionId(), payment.tokens(), payment.id());
		Map<String, Object> details = details(payment);
		details.put("ref_id", refId);
		details.put("paid_tokens_after", paidTokens);
		if (payment.discountCodeId() != null) {
			details.put("discount_within_limit",
					this.discounts.redeem(payment.discountCodeId(), payment.userId(), payment.id()));
		}
		this.audit.record(payment.userId(), "payment.succeeded", "payment", payment.id(), details);
		this.metrics.paymentCompleted(PaymentStatus.SUCCEEDED.value());
		return reload(payment);
	}

	/**
	 * Ends a pending payment without crediting anything.
	 * @return the payment as it now stands
	 */
	@Transactional
	public Payment close(Payment payment, PaymentStatus status) {
		if (this.payments.complete(payment.id(), status, null, this.clock.instant())) {
			this.audit.record(payment.userId(), "payment." + status.value(), "payment", payment.id(), details(payment));
			this.metrics.paymentCompleted(status.value());
		}
		return reload(payment);
	}

	@Transactional
	public void attachAuthority(Payment payment, String authority) {
		this.payments.attachAuthority(payment.id(), authority, this.clock.instant());
	}

	private Payment reload(Payment payment) {
		return this.payments.findById(payment.id()).orElseThrow();
	}

	private static Map<String, Object> details(Payment payment) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("subscription_id", payment.subscriptionId());
		details.put("tokens", payment.tokens());
		details.put("amount", payment.amount());
		details.put("discount_code", payment.discountCode());
		details.put("discount_amount", payment.discountAmount());
		details.put("gateway", payment.gateway());
		return details;
	}

}
