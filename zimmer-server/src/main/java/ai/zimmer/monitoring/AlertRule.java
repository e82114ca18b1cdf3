package ai.zimmer.monitoring;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * One built-in alert rule: a condition evaluated on the recorded measurements, which must
 * hold for {@code holdFor} before the alert fires.
 *
 * @param id stable identifier, used as de-duplication key
 * @param title short human name
 * @param severity how urgent it is
 * @param holdFor how long the condition must hold
 * @param condition evaluates the condition now
 */
record AlertRule(String id, String title, Severity severity, Duration holdFor, Supplier<Evaluation> condition) {

	Evaluation evaluate() {
		return this.condition.get();
	}

	/**
	 * What a rule found.
	 *
	 * @param holds whether the condition holds
	 * @param observed what was measured, in words with numbers
	 */
	record Evaluation(boolean holds, String observed) {

		static Evaluation of(boolean holds, String observed) {
			return new Evaluation(holds, observed);
		}

	}

}
