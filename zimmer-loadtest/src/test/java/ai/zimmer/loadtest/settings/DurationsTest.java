package ai.zimmer.loadtest.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

	@ParameterizedTest
	@CsvSource({ "90, PT1M30S", "20s, PT20S", "10m, PT10M", "1h, PT1H", "1h30m, PT1H30M", "500ms, PT0.5S", "PT5M, PT5M",
			"pt2m, PT2M", "' 5m ', PT5M", "2M, PT2M" })
	void shouldReadTheWaysOperatorsWriteDurations(String text, Duration expected) {
		assertThat(Durations.parse("duration", text)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "ten minutes", "5 m", "m5", "-5m", "1.5m", "" })
	void shouldNameTheOptionAndShowExamplesWhenTheTextIsNotADuration(String text) {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> Durations.parse("duration", text))
			.withMessageContaining("-Dduration=" + text)
			.withMessageContaining("30s, 10m");
	}

	@ParameterizedTest
	@CsvSource({ "PT20S, 20s", "PT10M, 10m", "PT1H30M5S, 1h30m5s", "PT0.5S, 500ms", "PT60M, 1h" })
	void shouldFormatDurationsAsTheyAreTyped(Duration duration, String expected) {
		assertThat(Durations.format(duration)).isEqualTo(expected);
	}

}
