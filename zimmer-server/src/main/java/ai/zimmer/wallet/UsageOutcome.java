package ai.zimmer.wallet;

/**
 * The answer to a vendor's usage report; a refusal for lack of tokens is a business
 * answer, not an error.
 */
public record UsageOutcome(boolean accepted, long remainingDemoTokens, long remainingPaidTokens, String message) {

	static UsageOutcome accepted(long demo, long paid) {
		return new UsageOutcome(true, demo, paid, "Usage recorded");
	}

	static UsageOutcome refused(long demo, long paid, String reason) {
		return new UsageOutcome(false, demo, paid, reason);
	}

}
