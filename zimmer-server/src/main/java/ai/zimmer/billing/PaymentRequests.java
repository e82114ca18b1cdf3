package ai.zimmer.billing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The bodies the payment endpoints accept.
 */
final class PaymentRequests {

	static final long MAX_TOKENS = 100_000;

	private PaymentRequests() {
	}

	/**
	 * A customer's order of paid tokens.
	 *
	 * @param returnUrl where to send the browser afterwards: a relative path or a URL on
	 * an allowed origin
	 */
	record Init(@NotNull @Positive Long automationId, @NotNull @Min(1) @Max(MAX_TOKENS) Long tokens,
			@Size(min = 1, max = 64) String discountCode, @Size(min = 1, max = 2048) String returnUrl) {
	}

}
