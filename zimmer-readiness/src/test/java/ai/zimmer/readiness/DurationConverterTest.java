package ai.zimmer.readiness;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DurationConverterTest {

	private final DurationConverter converter = new DurationConverter();

	@Test
	void shouldReadShortAndIsoForms() {
		assertThat(this.converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
		assertThat(this.converter.convert("20s")).isEqualTo(Duration.ofSeconds(20));
		assertThat(this.converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
		assertThat(this.converter.convert("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
	}

	@Test
	void shouldRefuseAnythingElseNamingTheForms() {
		assertThatExceptionOfType(CommandLine.TypeConversionException.class)
			.isThrownBy(() -> this.converter.convert("20 seconds"))
			.withMessage("'20 seconds' is not a duration; write it like 500ms, 20s, 2m or PT20S");
	}

}
