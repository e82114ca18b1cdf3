package ai.zimmer.marketplace;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How an automation turns its use into tokens.
 */
public enum PricingType {

	TOKEN_PER_SESSION("token_per_session"), TOKEN_PER_MESSAGE("token_per_message"), FLAT_FEE("flat_fee");

	private final String value;

	PricingType(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	public static Optional<PricingType> fromValue(String value) {
		return Arrays.stream(values()).filter((type) -> type.value.equals(value)).findFirst();
	}

}
