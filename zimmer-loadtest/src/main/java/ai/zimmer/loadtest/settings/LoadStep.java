package ai.zimmer.loadtest.settings;

import java.time.Duration;

/**
 * One stretch of a load shape: the level (concurrent users or arrivals per second) goes
 * linearly from {@code from} to {@code to} during {@code duration}.
 */
public record LoadStep(Duration duration, double from, double to) {

	public boolean constant() {
		return this.from == this.to;
	}

}
