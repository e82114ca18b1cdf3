package ai.zimmer.loadtest.settings;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Typed access to the {@code -D} options of a run, with the environment as a fallback
 * where an option says so.
 */
public final class SettingsReader {

	private final Function<String, String> properties;

	private final Function<String, String> environment;

	public SettingsReader(Function<String, String> properties, Function<String, String> environment) {
		this.properties = properties;
		this.environment = environment;
	}

	public static SettingsReader fromSystem() {
		return new SettingsReader(System::getProperty, System::getenv);
	}

	public Optional<String> text(String name) {
		return Optional.ofNullable(this.properties.apply(name)).map(String::trim).filter((value) -> !value.isEmpty());
	}

	public String text(String name, String environmentVariable, String fallback) {
		return text(name).or(() -> Optional.ofNullable(this.environment.apply(environmentVariable))).orElse(fallback);
	}

	public int positiveInteger(String name, int fallback) {
		int value = text(name).map((text) -> parseInteger(name, text)).orElse(fallback);
		if (value < 1) {
			throw new InvalidSettingException("-D" + name + "=" + value + " must be at least 1");
		}
		return value;
	}

	public int integer(String name, int fallback) {
		return text(name).map((text) -> parseInteger(name, text)).orElse(fallback);
	}

	public double decimal(String name, double fallback) {
		return text(name).map((text) -> parseDecimal(name, text)).orElse(fallback);
	}

	public boolean flag(String name) {
		return text(name).map((text) -> parseFlag(name, text)).orElse(false);
	}

	public Duration duration(String name, Duration fallback) {
		return text(name).map((text) -> Durations.parse(name, text)).orElse(fallback);
	}

	private static int parseInteger(String name, String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw new InvalidSettingException("-D" + name + "=" + text + " is not a whole number");
		}
	}

	private static double parseDecimal(String name, String text) {
		try {
			double value = Double.parseDouble(text);
			if (Double.isFinite(value)) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below with the same message as a non-finite value
		}
		throw new InvalidSettingException("-D" + name + "=" + text + " is not a number");
	}

	private static boolean parseFlag(String name, String text) {
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1" -> true;
			case "false", "no", "0" -> false;
			default -> throw new InvalidSettingException("-D" + name + "=" + text + " must be true or false");
		};
	}

}
