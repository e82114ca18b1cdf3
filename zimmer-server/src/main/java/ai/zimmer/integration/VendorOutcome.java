package ai.zimmer.integration;

import java.time.Duration;

/**
 * What one call to a vendor came to: an HTTP answer, or no answer at all.
 */
sealed interface VendorOutcome {

	Duration elapsed();

	/**
	 * Whether the call says the vendor is failing: no answer or a 5xx. A 4xx is the
	 * vendor refusing a request, not the vendor failing.
	 */
	boolean isFailure();

	record Answered(int status, String body, Duration elapsed) implements VendorOutcome {

		boolean isOk() {
			return this.status == 200;
		}

		@Override
		public boolean isFailure() {
			return this.status >= 500;
		}

	}

	record Unreachable(String reason, Duration elapsed) implements VendorOutcome {

		@Override
		public boolean isFailure() {
			return true;
		}

	}

}
