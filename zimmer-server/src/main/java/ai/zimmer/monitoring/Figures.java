package ai.zimmer.monitoring;

import java.util.OptionalDouble;

/**
 * Rounds measured numbers for JSON, where an unknown value is {@code null} rather than
 * {@code NaN} (which JSON cannot carry).
 */
final class Figures {

	private Figures() {
	}

	static Double rounded(double value, int decimals) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return null;
		}
		double scale = Math.pow(10, decimals);
		return Math.round(value * scale) / scale;
	}

	static Double rounded(OptionalDouble value, int decimals) {
		return value.isPresent() ? rounded(value.getAsDouble(), decimals) : null;
	}

}
