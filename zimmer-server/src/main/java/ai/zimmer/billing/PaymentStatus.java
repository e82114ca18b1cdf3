package ai.zimmer.billing;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a payment stands; only {@code pending} payments can move, and only once.
 */
public enum PaymentStatus {

	PENDING("pending"), SUCCEEDED("succeeded"), FAILED("failed"), CANCELLED("cancelled"), REFUNDED("refunded");

	private final String value;

	PaymentStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	public static Optional<PaymentStatus> fromValue(String value) {
		return Arrays.stream(values()).filter((status) -> status.value.equals(value)).findFirst();
	}

}
