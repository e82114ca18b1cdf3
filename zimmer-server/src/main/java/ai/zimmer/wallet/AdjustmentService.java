package ai.zimmer.wallet;

import java.util.HashMap;
import java.util.Map;

import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.wallet.AdjustmentRepository.StoredAdjustment;
import ai.zimmer.wallet.LedgerRepository.LedgerKind;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audited, idempotent staff adjustments of paid tokens: a repeated idempotency key
 * returns the original adjustment and changes nothing; a debit never takes the balance
 * below zero.
 */
@Service
public class AdjustmentService {

	private final AdjustmentRepository adjustments;

	private final LedgerRepository ledger;

	private final SubscriptionRepository subscriptions;

	private final AuditTrail audit;

	AdjustmentService(AdjustmentRepository adjustments, LedgerRepository ledger, SubscriptionRepository subscriptions,
			AuditTrail audit) {
		this.adjustments = adjustments;
		this.ledger = ledger;
		this.subscriptions = subscriptions;
		this.audit = audit;
	}

	@Transactional
	public AdjustmentResult adjust(Caller staff, TokenAdjustment adjustment) {
		if (adjustment.delta() == 0) {
			throw ApiException.invalid("delta", "must not be zero");
		}
		Subscription subscription = this.subscriptions.findById(adjustment.userAutomationId())
			.orElseThrow(() -> ApiException.notFound("Subscription"));
		Long id = this.adjustments.insert(adjustment, staff.userId()).orElse(null);
		if (id == null) {
			return replay(adjustment);
		}
		if (this.ledger.adjustPaid(subscription.id(), adjustment.delta()).isEmpty()) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "insufficient_tokens",
					"A debit of " + -adjustment.delta() + " exceeds the " + subscription.paidTokens()
							+ " paid tokens of this subscription");
		}
		this.ledger.append(subscription.id(), LedgerKind.ADJUSTMENT, 0, adjustment.delta(), id);
		Map<String, Object> details = new HashMap<>();
		details.put("delta", adjustment.delta());
		details.put("reason", adjustment.reason());
		details.put("idempotency_key", adjustment.idempotencyKey());
		this.audit.record(staff.userId(), "tokens.adjusted", "subscription", subscription.id(), details);
		return result(id, subscription.id(), false);
	}

	private AdjustmentResult replay(TokenAdjustment adjustment) {
		StoredAdjustment original = this.adjustments.findByKey(adjustment.idempotencyKey()).orElseThrow();
		if (original.userAutomationId() != adjustment.userAutomationId() || original.delta() != adjustment.delta()) {
			throw ApiException.conflict("idempotency_key_reused",
					"This idempotency key was already used for a different adjustment");
		}
		return result(original.id(), original.userAutomationId(), true);
	}

	private AdjustmentResult result(long adjustmentId, long subscriptionId, boolean replayed) {
		Subscription subscription = this.subscriptions.findById(subscriptionId).orElseThrow();
		return new AdjustmentResult(adjustmentId, subscriptionId, subscription.demoTokens(), subscription.paidTokens(),
				replayed);
	}

	/**
	 * The wallet after an adjustment; {@code replayed} when the idempotency key had been
	 * used before.
	 */
	public record AdjustmentResult(long adjustmentId, long userAutomationId, long demoTokens, long paidTokens,
			boolean replayed) {
	}

}
