package ai.zimmer.loadtest.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TargetGuardTest {

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8000", "http://127.0.0.1:8000/", "http://127.10.20.30:9000",
			"http://localhost:8000", "http://LOCALHOST", "http://[::1]:8000", "https://127.0.0.1" })
	void shouldAcceptLoopbackTargets(String baseUrl) {
		assertThat(TargetGuard.checked(baseUrl, false)).isEqualTo(URI.create(baseUrl));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://10.0.0.5:8000", "https://zimmer.example.com", "http://localhost.example.com",
			"http://127.0.0.1.nip.io", "http://0.0.0.0:8000", "http://128.0.0.1", "http://[::2]:8000" })
	void shouldRefuseOtherTargetsUnlessNamedExplicitly(String baseUrl) {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> TargetGuard.checked(baseUrl, false))
			.withMessageStartingWith("Refusing to send load to " + baseUrl)
			.withMessageContaining("-DallowRemote=true");
	}

	@Test
	void shouldAcceptAnotherTargetWhenRemoteLoadIsAllowed() {
		assertThat(TargetGuard.checked("https://staging.example.com", true))
			.isEqualTo(URI.create("https://staging.example.com"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1:8000", "ftp://127.0.0.1", "http://", "http://127.0.0.1/?x=1", "not a url",
			"http://127.0.0.300", "http://127.1" })
	void shouldRefuseWhatIsNotAWebBaseUrlEvenWhenRemoteIsAllowed(String baseUrl) {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> TargetGuard.checked(baseUrl, true))
			.withMessageContaining("is not a usable base URL");
	}

}
