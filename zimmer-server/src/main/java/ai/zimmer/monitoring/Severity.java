package ai.zimmer.monitoring;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How urgently an alert needs a person: critical pages, warning informs.
 */
enum Severity {

	CRITICAL("critical"), WARNING("warning");

	private final String value;

	Severity(String value) {
		this.value = value;
	}

	@JsonValue
	String value() {
		return this.value;
	}

}
