package ai.zimmer.loadtest.settings;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations the way an operator types them: {@code 20s}, {@code 10m},
 * {@code 1h30m}, {@code 500ms}, ISO-8601 ({@code PT5M}) or a bare number of seconds.
 */
public final class Durations {

	private static final Pattern PART = Pattern.compile("(\\d+)(ms|h|m|s)");

	private static final Pattern COMPACT = Pattern.compile("(\\d+(ms|h|m|s))+");

	private Durations() {
	}

	public static Duration parse(String name, String text) {
		String value = text.trim().toLowerCase(Locale.ROOT);
		if (value.matches("\\d+")) {
			return Duration.ofSeconds(Long.parseLong(value));
		}
		if (COMPACT.matcher(value).matches()) {
			return sumOfParts(value);
		}
		try {
			return Duration.parse(value.toUpperCase(Locale.ROOT));
		}
		catch (DateTimeParseException ex) {
			throw new InvalidSettingException("-D" + name + "=" + text
					+ " is not a duration: use for example 90 (seconds), 30s, 10m, 1h30m or PT5M");
		}
	}

	public static String format(Duration duration) {
		long seconds = duration.toSeconds();
		if (seconds == 0 || duration.toMillisPart() != 0) {
			return duration.toMillis() + "ms";
		}
		StringBuilder text = new StringBuilder();
		append(text, seconds / 3600, "h");
		append(text, seconds % 3600 / 60, "m");
		append(text, seconds % 60, "s");
		return text.toString();
	}

	private static Duration sumOfParts(String value) {
		Duration total = Duration.ZERO;
		Matcher part = PART.matcher(value);
		while (part.find()) {
			long amount = Long.parseLong(part.group(1));
			total = total.plus(switch (part.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				default -> Duration.ofHours(amount);
			});
		}
		return total;
	}

	private static void append(StringBuilder text, long amount, String unit) {
		if (amount > 0) {
			text.append(amount).append(unit);
		}
	}

}
