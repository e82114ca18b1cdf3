package ai.zimmer.wallet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.wallet.AdjustmentService.AdjustmentResult;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff views of subscriptions and wallets, and token adjustments.
 */
@RestController
class WalletAdminController {

	private final WalletService wallets;

	private final WalletQueries queries;

	private final AdjustmentService adjustments;

	WalletAdminController(WalletService wallets, WalletQueries queries, AdjustmentService adjustments) {
		this.wallets = wallets;
		this.queries = queries;
		this.adjustments = adjustments;
	}

	@GetMapping("/api/admin/subscriptions")
	CursorPage<SubscriptionView> list(@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) String cursor) {
		return this.queries.allSubscriptions(PageQuery.of(limit, cursor)).map(SubscriptionView::of);
	}

	@GetMapping("/api/admin/subscriptions/{id}")
	SubscriptionView get(Caller caller, @PathVariable long id) {
		return SubscriptionView.of(this.wallets.findOwn(caller, id));
	}

	@PostMapping("/api/admin/tokens/adjust")
	@PreAuthorize("hasAnyRole('TECHNICAL_TEAM', 'MANAGER')")
	ResponseEntity<AdjustmentResult> adjust(Caller caller, @Valid @RequestBody AdjustRequest request) {
		AdjustmentResult result = this.adjustments.adjust(caller,
				new TokenAdjustment(request.userAutomationId(), request.delta(), request.reason(), request.note(),
						request.relatedPaymentId(), request.idempotencyKey()));
		return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
	}

	record AdjustRequest(@NotNull @Positive Long userAutomationId, @NotNull @Min(-1_000_000) @Max(1_000_000) Long delta,
			@NotBlank @Size(max = 64) String reason, @Size(max = 1000) String note, @Positive Long relatedPaymentId,
			@NotBlank @Size(max = 128) String idempotencyKey) {
	}

}
