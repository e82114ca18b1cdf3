package ai.zimmer.loadtest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;

class ResourceIdTest {

	@Test
	void shouldKeepNumbersAsNumbers() {
		ResourceId id = ResourceId.of(42L);

		assertThat(id.json()).isEqualTo("42");
		assertThat(id.text()).isEqualTo("42");
		assertThat(id.numeric()).isTrue();
		assertThat(ResourceId.of(new BigInteger("98765432109876543210")).json()).isEqualTo("98765432109876543210");
	}

	@Test
	void shouldQuoteStringsAndEscapeWhatJsonNeeds() {
		ResourceId id = ResourceId.of("a\"b\\c");

		assertThat(id.json()).isEqualTo("\"a\\\"b\\\\c\"");
		assertThat(id.text()).isEqualTo("a\"b\\c");
		assertThat(id.numeric()).isFalse();
	}

	@Test
	void shouldRefuseWhatCannotBeAnIdentifier() {
		assertThatIllegalArgumentException().isThrownBy(() -> ResourceId.of(""));
		assertThatIllegalArgumentException().isThrownBy(() -> ResourceId.of(null));
		assertThatIllegalArgumentException().isThrownBy(() -> ResourceId.of(true));
	}

}
