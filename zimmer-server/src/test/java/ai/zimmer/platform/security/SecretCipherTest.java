package ai.zimmer.platform.security;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SecretCipherTest {

	private final SecretCipher cipher = new SecretCipher(key((byte) 1));

	@Test
	void encryptionShouldRoundTripWithAFreshNonceEachTime() {
		String first = this.cipher.encrypt("123456:bot-token");
		String second = this.cipher.encrypt("123456:bot-token");

		assertThat(first).startsWith("v1:").doesNotContain("bot-token").isNotEqualTo(second);
		assertThat(this.cipher.decrypt(first)).isEqualTo("123456:bot-token");
		assertThat(this.cipher.decrypt(second)).isEqualTo("123456:bot-token");
	}

	@Test
	void anAlteredCiphertextShouldBeRefused() {
		String stored = this.cipher.encrypt("secret");
		char last = stored.charAt(stored.length() - 2);
		String altered = stored.substring(0, stored.length() - 2) + (last == 'A' ? 'B' : 'A')
				+ stored.charAt(stored.length() - 1);

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(altered))
			.withMessageContaining("altered");
	}

	@Test
	void aSecretOfAnotherKeyShouldNameTheMismatch() {
		String stored = new SecretCipher(key((byte) 2)).encrypt("secret");

		assertThatIllegalStateException().isThrownBy(() -> this.cipher.decrypt(stored))
			.withMessageContaining("ZIMMER_ENCRYPTION_KEY");
	}

	@Test
	void keysOfTheWrongSizeAndUnknownFormatsShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SecretCipher(new byte[16]));
		assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.decrypt("plain text"));
	}

	@Test
	void missingProductionSecretsShouldNameTheVariableToSet() {
		SecurityProperties properties = new SecurityProperties(null, "c2hvcnQ=", null, null, null, null, null);

		assertThatIllegalStateException()
			.isThrownBy(() -> properties.requiredKey(properties.jwtSecret(), "ZIMMER_JWT_SECRET", 32))
			.withMessageStartingWith("ZIMMER_JWT_SECRET is not set");
		assertThatIllegalStateException()
			.isThrownBy(() -> properties.requiredKey(properties.encryptionKey(), "ZIMMER_ENCRYPTION_KEY", 32))
			.withMessageStartingWith("ZIMMER_ENCRYPTION_KEY is too short");
	}

	private static byte[] key(byte value) {
		byte[] key = new byte[32];
		Arrays.fill(key, value);
		return key;
	}

}
