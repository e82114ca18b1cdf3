package ai.zimmer.readiness.check;

/** How a check ended. */
public enum CheckStatus {

	/** The pass rule held. */
	PASS,

	/** The pass rule did not hold. */
	FAIL,

	/**
	 * The check could not run, usually for want of an option; it proves nothing and earns
	 * no points.
	 */
	SKIPPED,

	/**
	 * The check does not apply to this target (TLS on a loopback http URL); it leaves the
	 * score untouched.
	 */
	NOT_APPLICABLE

}
