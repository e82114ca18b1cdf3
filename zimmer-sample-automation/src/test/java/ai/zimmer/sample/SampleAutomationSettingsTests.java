package ai.zimmer.sample;

import java.net.URI;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SampleAutomationSettingsTests {

	@Test
	void shouldDefaultToLoopbackPort8001AndALocalZimmer() {
		SampleAutomationSettings settings = SampleAutomationSettings.defaults();

		assertThat(settings.host()).isEqualTo("127.0.0.1");
		assertThat(settings.port()).isEqualTo(8001);
		assertThat(settings.zimmerBaseUrl()).isEqualTo(URI.create("http://127.0.0.1:8000"));
		assertThat(settings.version()).isNotBlank();
	}

	@Test
	void shouldCarryTheProjectVersionFromTheBuild() {
		assertThat(SampleAutomationSettings.defaults().version()).isNotEqualTo(BuildVersion.UNKNOWN)
			.doesNotStartWith("@");
	}

	@Test
	void shouldRefuseAPortOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleAutomationSettings.defaults().withPort(65536))
			.withMessageContaining("0..65535");
		assertThatIllegalArgumentException().isThrownBy(() -> SampleAutomationSettings.defaults().withPort(-1));
	}

	@Test
	void shouldRefuseAZimmerUrlThatIsNotAbsoluteHttp() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SampleAutomationSettings.defaults().withZimmerBaseUrl(URI.create("localhost:8000")))
			.withMessageContaining("absolute http(s) URL");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SampleAutomationSettings.defaults().withZimmerBaseUrl(URI.create("/api")));
	}

	@Test
	void shouldRefuseABlankHostOrVersion() {
		assertThatIllegalArgumentException().isThrownBy(() -> SampleAutomationSettings.defaults().withHost(" "));
		assertThatIllegalArgumentException().isThrownBy(() -> SampleAutomationSettings.defaults().withVersion(""));
	}

}
