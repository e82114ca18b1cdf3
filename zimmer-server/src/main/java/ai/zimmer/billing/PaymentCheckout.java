package ai.zimmer.billing;

import java.time.Clock;

import ai.zimmer.billing.DiscountService.PricedOrder;
import ai.zimmer.billing.PaymentRepository.NewPayment;
import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.AutomationService;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.wallet.Subscription;
import ai.zimmer.wallet.SubscriptionStatus;
import ai.zimmer.wallet.WalletService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a customer's order into a stored payment: listing gate, subscription, price and
 * discount; an order that costs nothing is completed in the same transaction.
 */
@Component
class PaymentCheckout {

	static final String NO_GATEWAY = "none";

	private final AutomationService automations;

	private final WalletService wallet;

	private final DiscountService discounts;

	private final PaymentRepository payments;

	private final PaymentSettlement settlement;

	private final Clock clock;

	PaymentCheckout(AutomationService automations, WalletService wallet, DiscountService discounts,
			PaymentRepository payments, PaymentSettlement settlement, Clock clock) {
		this.automations = automations;
		this.wallet = wallet;
		this.discounts = discounts;
		this.payments = payments;
		this.settlement = settlement;
		this.clock = clock;
	}

	/**
	 * @throws ApiException 404 when the automation is not listed, 409
	 * {@code subscription_required} or {@code subscription_inactive}, 422 on an unusable
	 * discount code
	 */
	@Transactional
	public Payment open(long userId, PaymentRequests.Init order, String gateway) {
		Automation automation = this.automations.findListed(order.automationId());
		Subscription subscription = subscription(userId, automation);
		PricedOrder priced = this.discounts.price(userId, automation, order.tokens(), order.discountCode());
		boolean free = priced.quote().amountAfter() == 0;
		long id = this.payments.insert(newPayment(subscription, order, priced, free ? NO_GATEWAY : gateway),
				this.clock.instant());
		Payment payment = this.payments.findById(id).orElseThrow();
		return free ? this.settlement.succeed(payment, null) : payment;
	}

	private Subscription subscription(long userId, Automation automation) {
		Subscription subscription = this.wallet.findByUserAndAutomation(userId, automation.id())
			.orElseThrow(() -> ApiException.conflict("subscription_required",
					"Subscribe to this automation before buying tokens for it"));
		if (subscription.status() != SubscriptionStatus.ACTIVE) {
			throw ApiException.conflict("subscription_inactive",
					"The subscription is " + subscription.status().value() + "; tokens cannot be bought for it");
		}
		return subscription;
	}

	private static NewPayment newPayment(Subscription subscription, PaymentRequests.Init order, PricedOrder priced,
			String gateway) {
		DiscountCode discount = priced.discount();
		return new NewPayment(subscription.userId(), subscription.automationId(), subscription.id(), order.tokens(),
				priced.quote().amountAfter(), (discount != null) ? discount.id() : null,
				(discount != null) ? discount.code() : null, priced.quote().amountDiscount(), gateway,
				order.returnUrl());
	}

}
