package ai.zimmer.wallet;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a subscription may spend tokens.
 */
public enum SubscriptionStatus {

	ACTIVE("active"), SUSPENDED("suspended"), CANCELLED("cancelled");

	private final String value;

	SubscriptionStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	public static Optional<SubscriptionStatus> fromValue(String value) {
		return Arrays.stream(values()).filter((status) -> status.value.equals(value)).findFirst();
	}

}
