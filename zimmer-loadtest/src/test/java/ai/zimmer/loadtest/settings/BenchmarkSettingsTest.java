package ai.zimmer.loadtest.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchmarkSettingsTest {

	private final Map<String, String> properties = new HashMap<>(Map.of("adminPassword", "secret"));

	@Test
	void shouldMeasureAMinuteAtFiftyRequestsPerSecondByDefault() {
		BenchmarkSettings settings = read();

		assertThat(settings.rate()).isEqualTo(50);
		assertThat(settings.duration()).isEqualTo(Duration.ofMinutes(1));
		assertThat(settings.customers()).isEqualTo(20);
		assertThat(settings.history()).isEmpty();
		assertThat(settings.revision()).isEqualTo("unknown");
	}

	@Test
	void shouldTakeRateDurationHistoryAndRevisionFromTheCommandLine() {
		this.properties.putAll(Map.of("rate", "500", "duration", "2m", "history", "docs/benchmarks/history.md",
				"revision", "abc1234", "customers", "5"));

		BenchmarkSettings settings = read();

		assertThat(settings.rate()).isEqualTo(500);
		assertThat(settings.duration()).isEqualTo(Duration.ofMinutes(2));
		assertThat(settings.history()).contains(Path.of("docs/benchmarks/history.md"));
		assertThat(settings.revision()).isEqualTo("abc1234");
		assertThat(settings.customers()).isEqualTo(5);
	}

	@Test
	void shouldRefuseANonPositiveRate() {
		this.properties.put("rate", "-1");

		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(this::read)
			.withMessageContaining("-Drate=-1.0");
	}

	@Test
	void shouldGuardTheTargetLikeTheProfiles() {
		this.properties.put("baseUrl", "http://192.0.2.1:8000");

		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(this::read)
			.withMessageContaining("not a loopback address");
	}

	private BenchmarkSettings read() {
		return BenchmarkSettings.read(new SettingsReader(this.properties::get, (name) -> null));
	}

}
