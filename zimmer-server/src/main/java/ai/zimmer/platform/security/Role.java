package ai.zimmer.platform.security;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a user may do: customers use the product, staff roles run it.
 */
public enum Role {

	CUSTOMER("customer"), SUPPORT_STAFF("support_staff"), TECHNICAL_TEAM("technical_team"), MANAGER("manager");

	private final String value;

	Role(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	public boolean isStaff() {
		return this != CUSTOMER;
	}

	public static Optional<Role> fromValue(String value) {
		return Arrays.stream(values()).filter((role) -> role.value.equals(value)).findFirst();
	}

}
