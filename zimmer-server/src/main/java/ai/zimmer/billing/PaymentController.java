package ai.zimmer.billing;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;

import ai.zimmer.billing.PaymentGateway.GatewayReturn;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;

import ai.zimmer.platform.ratelimit.RateLimitProperties;
import ai.zimmer.platform.ratelimit.RateLimiter;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PaymentController {

	private static final int MAX_AUTHORITY_LENGTH = 128;

	private final PaymentService payments;

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	PaymentController(PaymentService payments, RateLimiter limiter, RateLimitProperties limits) {
		this.payments = payments;
		this.limiter = limiter;
		this.limits = limits;
	}

	@PostMapping("/api/payments/init")
	ResponseEntity<PaymentStarted> init(Caller caller, @Valid @RequestBody PaymentRequests.Init request) {
		this.limiter.acquire("payment-init:user:" + caller.userId(), this.limits.paymentInitsPerUser(),
				this.limits.paymentWindow());
		PaymentStarted started = this.payments.init(caller, request);
		return ResponseEntity.created(URI.create("/api/payments/" + started.paymentId())).body(started);
	}

	/**
	 * Where a gateway returns the browser. Zarinpal names its parameters
	 * {@code Authority} and {@code Status}; both spellings are read.
	 */
	@GetMapping("/api/payments/{gateway}/callback")
	ResponseEntity<PaymentOutcome> callback(@PathVariable String gateway, @RequestParam Map<String, String> query) {
		Payment payment = this.payments.callback(gateway, gatewayReturn(query));
		String returnTo = PaymentService.returnTo(payment);
		if (returnTo != null) {
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(URI.create(returnTo))
				.cacheControl(CacheControl.noStore())
				.build();
		}
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PaymentOutcome.of(payment));
	}

	@GetMapping("/api/user/payments")
	CursorPage<PaymentView> history(Caller caller, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		return this.payments.history(caller, PageQuery.of(limit, cursor));
	}

	@GetMapping("/api/payments/{id}")
	PaymentView receipt(Caller caller, @PathVariable long id) {
		return this.payments.receipt(caller, id);
	}

	static GatewayReturn gatewayReturn(Map<String, String> query) {
		String authority = query.getOrDefault("authority", query.get("Authority"));
		if (authority == null || authority.isEmpty() || authority.length() > MAX_AUTHORITY_LENGTH) {
			throw ApiException.invalid("authority", "must be the authority the gateway issued");
		}
		String status = query.getOrDefault("status", query.get("Status"));
		if (!"OK".equals(status) && !"NOK".equals(status)) {
			throw ApiException.invalid("status", "must be OK or NOK");
		}
		return new GatewayReturn(paymentId(query.get("payment_id")), authority, "OK".equals(status));
	}

	private static Long paymentId(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw ApiException.invalid("payment_id", "must be a payment id");
		}
	}

}
