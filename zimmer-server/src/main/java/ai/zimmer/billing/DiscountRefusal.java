package ai.zimmer.billing;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a discount code cannot be used, as a stable reason a client can show or translate.
 */
public enum DiscountRefusal {

	UNKNOWN_CODE("unknown_code", "is not a known discount code"), INACTIVE("inactive", "is no longer active"),
	NOT_STARTED("not_started", "is not valid yet"), EXPIRED("expired", "has expired"),
	EXHAUSTED("exhausted", "has been used as often as it may be"),
	PER_USER_LIMIT_REACHED("per_user_limit_reached", "has been used as often as you may use it"),
	NOT_APPLICABLE("not_applicable", "does not apply to this automation");

	private final String value;

	private final String message;

	DiscountRefusal(String value, String message) {
		this.value = value;
		this.message = message;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	/**
	 * A sentence fragment that follows the field name in a validation problem.
	 */
	public String message() {
		return this.message;
	}

}
