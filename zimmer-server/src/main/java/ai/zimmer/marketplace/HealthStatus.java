package ai.zimmer.marketplace;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What the last health probe of an automation said; only {@code healthy} automations can
 * be listed.
 */
public enum HealthStatus {

	UNKNOWN("unknown"), HEALTHY("healthy"), DEGRADED("degraded"), UNHEALTHY("unhealthy");

	private final String value;

	HealthStatus(String value) {
		this.value = value;
	}

	@JsonValue
	public String value() {
		return this.value;
	}

	public static Optional<HealthStatus> fromValue(String value) {
		return Arrays.stream(values()).filter((status) -> status.value.equals(value)).findFirst();
	}

}
