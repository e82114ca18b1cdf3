package ai.zimmer.readiness.fake;

/**
 * One deliberate defect the fake deployment can be started with; each is what one check
 * exists to catch.
 */
public enum Flaw {

	/** The marketplace answers 500. */
	MARKETPLACE_FAILING,

	/** The customer dashboard answers 500. */
	DASHBOARD_FAILING,

	/** The vendor usage report answers 500 even with the right service token. */
	USAGE_REPORT_FAILING,

	/** The monitoring metrics, alerts and Prometheus endpoints do not exist. */
	MONITORING_ABSENT,

	/**
	 * Health always says healthy, while /readyz answers 503 and the database component is
	 * down.
	 */
	LYING_HEALTH,

	/** The request counters never move. */
	FROZEN_METRICS,

	/** The database round trip reported by health is 900 ms. */
	SLOW_DATABASE,

	/** Protected paths answer without any token, as the demo customer. */
	PROTECTED_PATHS_OPEN,

	/**
	 * Access tokens are decoded but their signature, algorithm and expiry are not
	 * verified.
	 */
	SIGNATURE_NOT_VERIFIED,

	/** The vendor usage endpoint accepts any service token. */
	SERVICE_TOKEN_NOT_CHECKED,

	/** Any customer can read any subscription. */
	FOREIGN_DATA_REACHABLE,

	/** Every answer is delayed by 300 ms. */
	SLOW_ANSWERS,

	/** Ten requests out of every fifty answer 503. */
	SERVER_ERROR_BURSTS,

	/** CORS echoes any Origin with credentials allowed. */
	WILDCARD_CORS,

	/** CORS headers are never sent, not even to the allowed origin. */
	NO_CORS,

	/** No security headers on any answer. */
	NO_SECURITY_HEADERS,

	/** Failed logins are never throttled. */
	NO_RATE_LIMIT,

	/** Failed logins are throttled with 429 but without Retry-After. */
	RATE_LIMIT_WITHOUT_RETRY_AFTER

}
