package ai.zimmer.wallet;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.AutomationService;
import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.SecretCipher;
import ai.zimmer.wallet.LedgerRepository.LedgerKind;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscriptions and the movements of their tokens. Every movement is one conditional
 * statement plus a ledger row in the same transaction, so that a balance always equals
 * the sum of its ledger and never goes negative.
 */
@Service
public class WalletService {

	private final SubscriptionRepository subscriptions;

	private final LedgerRepository ledger;

	private final AutomationService automations;

	private final SecretCipher cipher;

	private final WalletProperties properties;

	private final AuditTrail audit;

	WalletService(SubscriptionRepository subscriptions, LedgerRepository ledger, AutomationService automations,
			SecretCipher cipher, WalletProperties properties, AuditTrail audit) {
		this.subscriptions = subscriptions;
		this.ledger = ledger;
		this.automations = automations;
		this.cipher = cipher;
		this.properties = properties;
		this.audit = audit;
	}

	@Transactional
	public Subscription subscribe(Caller caller, long automationId, String botToken) {
		Automation automation = this.automations.findListed(automationId);
		if (this.subscriptions.findByUserAndAutomation(caller.userId(), automation.id()).isPresent()) {
			throw alreadySubscribed();
		}
		long demo = this.properties.demoTokens();
		long id;
		try {
			id = this.subscriptions.insert(caller.userId(), automation.id(),
					(botToken != null) ? this.cipher.encrypt(botToken) : null,
					(botToken != null) ? digest(botToken) : null, demo);
		}
		catch (DuplicateKeyException ex) {
			throw (ex.getMessage() != null && ex.getMessage().contains("bot_token")) ? botTokenTaken()
					: alreadySubscribed();
		}
		this.ledger.append(id, LedgerKind.DEMO_GRANT, demo, 0, null);
		this.audit.record(caller.userId(), "subscription.created", "subscription", id,
				Map.of("automation_id", automation.id(), "demo_tokens", demo));
		return this.subscriptions.findById(id).orElseThrow();
	}

	/**
	 * A subscription the caller owns (staff may read any).
	 * @throws ApiException 404 when it does not exist or belongs to someone else
	 */
	@Transactional(readOnly = true)
	public Subscription findOwn(Caller caller, long subscriptionId) {
		return this.subscriptions.findById(subscriptionId)
			.filter((subscription) -> subscription.userId() == caller.userId() || caller.isStaff())
			.orElseThrow(() -> ApiException.notFound("Subscription"));
	}

	@Transactional(readOnly = true)
	public Optional<Subscription> findByUserAndAutomation(long userId, long automationId) {
		return this.subscriptions.findByUserAndAutomation(userId, automationId);
	}

	/**
	 * Credits paid tokens for a completed payment; joins the payment's transaction.
	 */
	@Transactional
	public long creditPayment(long subscriptionId, long tokens, long paymentId) {
		long paid = this.ledger.creditPaid(subscriptionId, tokens);
		this.ledger.append(subscriptionId, LedgerKind.PAYMENT, 0, tokens, paymentId);
		return paid;
	}

	@Transactional(readOnly = true)
	public String botToken(long subscriptionId) {
		return this.subscriptions.findBotTokenCipher(subscriptionId).map(this.cipher::decrypt).orElse(null);
	}

	@Transactional
	public void recordIntegration(long subscriptionId, IntegrationStatus status, Instant at) {
		this.subscriptions.markIntegration(subscriptionId, status, (status == IntegrationStatus.ACTIVE) ? at : null,
				at);
	}

	static byte[] digest(String botToken) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(botToken.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by the Java platform", ex);
		}
	}

	private static ApiException alreadySubscribed() {
		return ApiException.conflict("already_subscribed", "You are already subscribed to this automation");
	}

	private static ApiException botTokenTaken() {
		return ApiException.conflict("bot_token_taken", "This bot token is already used by another subscription");
	}

}
