package ai.zimmer.readiness.check;

import java.time.Duration;

/**
 * A check's definition together with how it ended and how long it took.
 *
 * @param definition the published definition
 * @param outcome how it ended
 * @param elapsed how long it ran
 */
public record CheckResult(CheckDefinition definition, Outcome outcome, Duration elapsed) {

	public CheckStatus status() {
		return this.outcome.status();
	}

	public boolean passed() {
		return status() == CheckStatus.PASS;
	}

}
