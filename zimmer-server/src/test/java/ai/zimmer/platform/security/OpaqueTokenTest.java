package ai.zimmer.platform.security;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OpaqueTokenTest {

	@Test
	void aGeneratedTokenShouldParseBackAndMatchItsOwnHash() {
		OpaqueToken token = OpaqueToken.generate();

		OpaqueToken parsed = OpaqueToken.parse(token.value()).orElseThrow();

		assertThat(parsed).isEqualTo(token);
		assertThat(parsed.matches(token.hash())).isTrue();
		assertThat(token.secret()).hasSizeGreaterThanOrEqualTo(43);
	}

	@Test
	void anotherSecretWithTheSameIdShouldNotMatch() {
		OpaqueToken token = OpaqueToken.generate();

		OpaqueToken rotated = OpaqueToken.withId(token.id());

		assertThat(rotated.id()).isEqualTo(token.id());
		assertThat(rotated.matches(token.hash())).isFalse();
		assertThat(token.matches(null)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "no-dot", ".secret", "not-a-uuid.secret", "00000000-0000-0000-0000-000000000000." })
	void malformedTokensShouldNotParse(String presented) {
		assertThat(OpaqueToken.parse(presented)).isEmpty();
	}

	@Test
	void overlongAndMissingTokensShouldNotParse() {
		assertThat(OpaqueToken.parse(null)).isEmpty();
		assertThat(OpaqueToken.parse(UUID.randomUUID() + "." + "x".repeat(300))).isEmpty();
	}

	@Test
	void theMaskedFormAndToStringShouldNeverRevealTheSecret() {
		OpaqueToken token = OpaqueToken.generate();

		assertThat(token.masked()).startsWith(token.id().toString()).doesNotContain(token.secret());
		assertThat(token.toString()).doesNotContain(token.secret());
	}

}
