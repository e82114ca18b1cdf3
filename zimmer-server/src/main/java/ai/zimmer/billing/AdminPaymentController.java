package ai.zimmer.billing;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments as staff see them; every staff role may read them (support needs them).
 */
@RestController
class AdminPaymentController {

	private final PaymentService payments;

	AdminPaymentController(PaymentService payments) {
		this.payments = payments;
	}

	@GetMapping("/api/admin/payments")
	CursorPage<PaymentView> list(@RequestParam(required = false) String status,
			@RequestParam(name = "user_id", required = false) Long userId,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		PaymentStatus wanted = (status != null) ? PaymentStatus.fromValue(status)
			.orElseThrow(() -> ApiException.invalid("status", "is not one of the accepted values")) : null;
		return this.payments.all(wanted, userId, PageQuery.of(limit, cursor));
	}

}
