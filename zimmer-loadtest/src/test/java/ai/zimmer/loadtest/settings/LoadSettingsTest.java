package ai.zimmer.loadtest.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadSettingsTest {

	private final Map<String, String> properties = new HashMap<>(Map.of("adminPassword", "secret"));

	private final Map<String, String> environment = new HashMap<>();

	@Test
	void shouldRunTheSmokeProfileAgainstLoopbackWhenNothingIsGiven() {
		LoadSettings settings = read();

		assertThat(settings.profile()).isEqualTo(Profile.SMOKE);
		assertThat(settings.model()).isEqualTo(LoadModel.CLOSED);
		assertThat(settings.users()).isEqualTo(4);
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(20));
		assertThat(settings.thinkTime()).isEqualTo(Duration.ofSeconds(2));
		assertThat(settings.target().baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8000"));
		assertThat(settings.target().vendorUrl()).isEqualTo(URI.create("http://127.0.0.1:8001"));
		assertThat(settings.slo()).isEqualTo(SloThresholds.OPERATIONS);
	}

	@ParameterizedTest
	@CsvSource({ "normal, 100, PT10M", "spike, 500, PT5M", "endurance, 50, PT60M", "stress, 1000, PT30M",
			"SMOKE, 4, PT20S" })
	void shouldUseTheDefaultsOfOperationsSection3ForEachProfile(String profile, int users, Duration duration) {
		this.properties.put("profile", profile);

		LoadSettings settings = read();

		assertThat(settings.users()).isEqualTo(users);
		assertThat(settings.duration()).isEqualTo(duration);
		assertThat(settings.rate()).isEqualTo(users / 10.0);
	}

	@Test
	void shouldTakeUsersDurationAndBaseUrlFromTheCommandLine() {
		this.properties.putAll(Map.of("profile", "spike", "users", "50", "duration", "90s", "baseUrl",
				"http://localhost:9000", "thinkTime", "500ms"));

		LoadSettings settings = read();

		assertThat(settings.users()).isEqualTo(50);
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(90));
		assertThat(settings.thinkTime()).isEqualTo(Duration.ofMillis(500));
		assertThat(settings.target().baseUrl()).isEqualTo(URI.create("http://localhost:9000"));
		assertThat(settings.shape().peak()).isEqualTo(50);
	}

	@Test
	void shouldShapeArrivalsInsteadOfUsersInTheOpenModel() {
		this.properties.putAll(Map.of("profile", "stress", "model", "open", "rate", "250", "duration", "10m"));

		LoadSettings settings = read();

		assertThat(settings.model()).isEqualTo(LoadModel.OPEN);
		assertThat(settings.shape().steps()).containsExactly(new LoadStep(Duration.ofMinutes(10), 1, 250));
		assertThat(settings.describe())
			.isEqualTo("stress (open model, 250.0 arrivals/s, 10m, think time 2s) against http://127.0.0.1:8000");
	}

	@Test
	void shouldRefuseARemoteTargetUnlessAllowed() {
		this.properties.put("baseUrl", "http://203.0.113.10:8000");

		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(this::read)
			.withMessageContaining("-DallowRemote=true");

		this.properties.put("allowRemote", "true");
		assertThat(read().target().baseUrl()).isEqualTo(URI.create("http://203.0.113.10:8000"));
	}

	@Test
	void shouldTakeTheManagerFromTheEnvironmentWhenNotGivenOnTheCommandLine() {
		this.properties.remove("adminPassword");
		this.environment.putAll(Map.of("ZIMMER_ADMIN_EMAIL", "ops@zimmer.local", "ZIMMER_ADMIN_PASSWORD", "from-env"));

		assertThat(read().target().admin()).isEqualTo(new AdminCredentials("ops@zimmer.local", "from-env"));

		this.properties.put("adminPassword", "from-flag");
		assertThat(read().target().admin().password()).isEqualTo("from-flag");
	}

	@Test
	void shouldExplainWhereTheManagerPasswordComesFromWhenMissing() {
		this.properties.remove("adminPassword");

		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(this::read)
			.withMessageContaining("-DadminPassword")
			.withMessageContaining("ZIMMER_ADMIN_PASSWORD");
	}

	@Test
	void shouldNeverShowTheManagerPasswordInText() {
		assertThat(read().toString()).doesNotContain("secret").contains("password=***");
	}

	@Test
	void shouldGateOnTheGivenThresholds() {
		this.properties.putAll(Map.of("p95Ms", "150", "p99Ms", "400", "maxErrorPercent", "0.5", "minRps", "1000"));

		SloThresholds slo = read().slo();

		assertThat(slo).isEqualTo(new SloThresholds(150, 400, 0.5, 1000));
		assertThat(slo.hasThroughputFloor()).isTrue();
		assertThat(SloThresholds.OPERATIONS.hasThroughputFloor()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "profile, heavy, 'not a profile: use one of smoke, normal, spike, endurance, stress'",
			"model, half-open, 'not a load model: use closed or open'", "users, 0, must be at least 1",
			"users, many, is not a whole number", "rate, 0, must be a positive number of arrivals per second",
			"rate, NaN, is not a number", "duration, 0s, must be at least 1s", "p95Ms, -1, positive number",
			"maxErrorPercent, 0, must be above 0", "minRps, -5, must be 0 (off) or positive",
			"allowRemote, maybe, must be true or false", "warmUp, -1, must be 0 or more",
			"sampleUrl, 127.0.0.1:8001, is not a usable base URL" })
	void shouldNameTheOptionAndTheRuleWhenAValueIsWrong(String option, String value, String message) {
		this.properties.put(option, value);

		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(this::read)
			.withMessageContaining("-D" + option + "=")
			.withMessageContaining(message);
	}

	private LoadSettings read() {
		return LoadSettings.read(new SettingsReader(this.properties::get, this.environment::get));
	}

}
