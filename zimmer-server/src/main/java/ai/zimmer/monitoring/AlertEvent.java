package ai.zimmer.monitoring;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An alert starting to fire or resolving.
 *
 * @param ruleId the rule's identifier, also the de-duplication key of its incidents
 * @param title the rule's short name
 * @param severity how urgent it is
 * @param state firing or resolved
 * @param observed what was measured when the state changed
 * @param startedAt when the incident started firing
 * @param at when this event happened
 */
record AlertEvent(String ruleId, String title, Severity severity, State state, String observed, Instant startedAt,
		Instant at) {

	String summary() {
		return "[" + this.severity.value().toUpperCase(Locale.ROOT) + "] " + this.title + " " + this.state.value()
				+ ": " + this.observed;
	}

	/**
	 * Whether an incident begins or ends.
	 */
	enum State {

		FIRING("firing"), RESOLVED("resolved");

		private final String value;

		State(String value) {
			this.value = value;
		}

		@JsonValue
		String value() {
			return this.value;
		}

	}

}
