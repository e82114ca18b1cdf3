package ai.zimmer.wallet;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether the vendor has set up the customer's instance.
 */
public enum IntegrationStatus {

	PENDING("pending"), ACTIVE("active"), FAILED("failed");

	private final String value;

	IntegrationStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	public static Optional<IntegrationStatus> fromValue(String value) {
		return Arrays.stream(values()).filter((status) -> status.value.equals(value)).findFirst();
	}

}
