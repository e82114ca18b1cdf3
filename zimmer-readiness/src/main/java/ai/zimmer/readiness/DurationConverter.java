package ai.zimmer.readiness;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;

/**
 * Reads durations written as {@code 500ms}, {@code 20s}, {@code 2m} or ISO-8601
 * ({@code PT20S}).
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

	private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m)");

	@Override
	public Duration convert(String value) {
		Matcher matcher = SHORT.matcher(value.trim());
		if (matcher.matches()) {
			long amount = Long.parseLong(matcher.group(1));
			return switch (matcher.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				default -> Duration.ofMinutes(amount);
			};
		}
		try {
			return Duration.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new CommandLine.TypeConversionException(
					"'" + value + "' is not a duration; write it like 500ms, 20s, 2m or PT20S");
		}
	}

}
