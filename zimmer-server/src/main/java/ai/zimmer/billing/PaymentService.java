package ai.zimmer.billing;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.billing.PaymentGateway.GatewayRedirect;
import ai.zimmer.billing.PaymentGateway.GatewayReturn;
import ai.zimmer.billing.PaymentGateway.Verification;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buying paid tokens: orders, the gateway round trip, receipts and history. The gateway
 * calls of {@link #init} and {@link #callback} run between transactions, never inside
 * one, so that a slow gateway holds no database connection or lock.
 */
@Service
public class PaymentService {

	private static final Logger logger = LoggerFactory.getLogger(PaymentService.class);

	private final PaymentCheckout checkout;

	private final PaymentSettlement settlement;

	private final PaymentRepository payments;

	private final PaymentGateways gateways;

	private final ReturnUrls returnUrls;

	PaymentService(PaymentCheckout checkout, PaymentSettlement settlement, PaymentRepository payments,
			PaymentGateways gateways, ReturnUrls returnUrls) {
		this.checkout = checkout;
		this.settlement = settlement;
		this.payments = payments;
		this.gateways = gateways;
		this.returnUrls = returnUrls;
	}

	/**
	 * Stores the order and opens it at the gateway.
	 * @throws ApiException 422 on a disallowed return URL, see also
	 * {@link PaymentCheckout#open}; 502 {@code payment_gateway_unavailable}
	 */
	public PaymentStarted init(Caller caller, PaymentRequests.Init order) {
		this.returnUrls.check(order.returnUrl());
		PaymentGateway gateway = this.gateways.current();
		Payment payment = this.checkout.open(caller.userId(), order, gateway.name());
		if (!payment.isPending()) {
			return PaymentStarted.of(payment, returnTo(payment));
		}
		GatewayRedirect redirect = request(gateway, payment);
		this.settlement.attachAuthority(payment, redirect.authority());
		return PaymentStarted.of(payment, redirect.redirectUrl());
	}

	/**
	 * Settles a payment the gateway sent back: cancelled on {@code NOK}; on {@code OK}
	 * succeeded (tokens credited) only when the gateway verifies it, failed otherwise. A
	 * payment that is no longer pending is answered as it stands.
	 * @throws ApiException 404 for an unknown gateway or payment, or an authority that
	 * was not issued for the payment
	 */
	public Payment callback(String gatewayName, GatewayReturn returned) {
		PaymentGateway gateway = this.gateways.named(gatewayName);
		Payment payment = returnedPayment(gateway, returned);
		if (!payment.isPending()) {
			return payment;
		}
		if (!returned.ok()) {
			return this.settlement.close(payment, PaymentStatus.CANCELLED);
		}
		Verification verification = verify(gateway, payment, returned);
		return verification.verified() ? this.settlement.succeed(payment, verification.refId())
				: this.settlement.close(payment, PaymentStatus.FAILED);
	}

	/**
	 * A payment of the given gateway by its authority, for the gateway's own pages.
	 * @throws ApiException 404 when there is none
	 */
	@Transactional(readOnly = true)
	public Payment findByAuthority(String gatewayName, String authority) {
		return this.payments.findByAuthority(authority)
			.filter((payment) -> payment.gateway().equals(gatewayName))
			.orElseThrow(() -> ApiException.notFound("Payment"));
	}

	/**
	 * A receipt: customers read their own payments only, staff read any.
	 * @throws ApiException 404 when it does not exist or belongs to someone else
	 */
	@Transactional(readOnly = true)
	public PaymentView receipt(Caller caller, long paymentId) {
		return this.payments.findById(paymentId)
			.filter((payment) -> payment.userId() == caller.userId() || caller.isStaff())
			.map(PaymentView::of)
			.orElseThrow(() -> ApiException.notFound("Payment"));
	}

	@Transactional(readOnly = true)
	public CursorPage<PaymentView> history(Caller caller, PageQuery page) {
		return page.page(this.payments.pageForUser(caller.userId(), page.after(), page.fetchSize()), Payment::id)
			.map(PaymentView::of);
	}

	/**
	 * Every payment, newest first, optionally of one status and one user.
	 */
	@Transactional(readOnly = true)
	public CursorPage<PaymentView> all(PaymentStatus status, Long userId, PageQuery page) {
		return page.page(this.payments.page(status, userId, page.after(), page.fetchSize()), Payment::id)
			.map(PaymentView::of);
	}

	@Transactional(readOnly = true)
	public PaymentStatistics statistics(Instant since) {
		return this.payments.statistics(since);
	}

	/**
	 * Where the browser goes once the payment is settled: its return URL with the
	 * outcome, or {@code null} when it has none.
	 */
	static String returnTo(Payment payment) {
		return (payment.returnUrl() != null)
				? ReturnUrls.withOutcome(payment.returnUrl(), payment.id(), payment.status()) : null;
	}

	private Payment returnedPayment(PaymentGateway gateway, GatewayReturn returned) {
		return ((returned.paymentId() != null) ? this.payments.findById(returned.paymentId())
				: this.payments.findByAuthority(returned.authority()))
			.filter((payment) -> payment.gateway().equals(gateway.name()))
			.filter((payment) -> payment.wasIssued(returned.authority()))
			.orElseThrow(() -> ApiException.notFound("Payment"));
	}

	private GatewayRedirect request(PaymentGateway gateway, Payment payment) {
		try {
			return gateway.request(payment);
		}
		catch (PaymentGatewayException ex) {
			logger.warn("Gateway '{}' did not open payment {}", gateway.name(), payment.id(), ex);
			this.settlement.close(payment, PaymentStatus.FAILED);
			throw gatewayUnavailable("The payment gateway could not be reached; try again later");
		}
	}

	private Verification verify(PaymentGateway gateway, Payment payment, GatewayReturn returned) {
		try {
			return gateway.verify(payment, returned);
		}
		catch (PaymentGatewayException ex) {
			logger.warn("Gateway '{}' could not verify payment {}; it stays pending", gateway.name(), payment.id(), ex);
			throw gatewayUnavailable("The payment could not be verified with the gateway yet; it stays pending");
		}
	}

	private static ApiException gatewayUnavailable(String detail) {
		return new ApiException(HttpStatus.BAD_GATEWAY, "payment_gateway_unavailable", detail);
	}

}
