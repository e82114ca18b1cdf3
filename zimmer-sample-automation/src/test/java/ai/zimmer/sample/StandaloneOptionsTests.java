package ai.zimmer.sample;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StandaloneOptionsTests {

	@Test
	void shouldUseTheDefaultsWithoutArgumentsOrEnvironment() {
		StandaloneOptions options = StandaloneOptions.parse(new String[0], Map.of());

		assertThat(options.settings()).isEqualTo(SampleAutomationSettings.defaults());
		assertThat(options.helpRequested()).isFalse();
	}

	@Test
	void shouldReadTheEnvironment() {
		StandaloneOptions options = StandaloneOptions.parse(new String[0],
				Map.of("SAMPLE_PORT", "9001", "ZIMMER_URL", "http://zimmer.test:8080", "SAMPLE_HOST", "0.0.0.0"));

		assertThat(options.settings().port()).isEqualTo(9001);
		assertThat(options.settings().zimmerBaseUrl()).isEqualTo(URI.create("http://zimmer.test:8080"));
		assertThat(options.settings().host()).isEqualTo("0.0.0.0");
	}

	@Test
	void shouldPreferFlagsOverTheEnvironment() {
		StandaloneOptions options = StandaloneOptions.parse(
				new String[] { "--port", "9002", "--zimmer-url=http://127.0.0.1:8100" },
				Map.of("SAMPLE_PORT", "9001", "ZIMMER_URL", "http://zimmer.test:8080"));

		assertThat(options.settings().port()).isEqualTo(9002);
		assertThat(options.settings().zimmerBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:8100"));
	}

	@Test
	void shouldAskForHelp() {
		assertThat(StandaloneOptions.parse(new String[] { "--help" }, Map.of()).helpRequested()).isTrue();
	}

	@Test
	void shouldNameTheOptionAndValueWhenAPortIsInvalid() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneOptions.parse(new String[] { "--port", "http" }, Map.of()))
			.withMessage("Invalid --port 'http': expected an integer 0..65535");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneOptions.parse(new String[0], Map.of("SAMPLE_PORT", "70000")))
			.withMessageStartingWith("Invalid --port '70000'");
	}

	@Test
	void shouldRefuseAnUnknownOptionOrAMissingValue() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneOptions.parse(new String[] { "--verbose" }, Map.of()))
			.withMessage("Unknown option '--verbose'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneOptions.parse(new String[] { "--zimmer-url" }, Map.of()))
			.withMessage("Option --zimmer-url needs a value");
	}

	@Test
	void shouldRefuseAZimmerUrlWithoutScheme() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> StandaloneOptions.parse(new String[] { "--zimmer-url", "127.0.0.1:8000" }, Map.of()))
			.withMessageStartingWith("Invalid --zimmer-url '127.0.0.1:8000'");
	}

}
