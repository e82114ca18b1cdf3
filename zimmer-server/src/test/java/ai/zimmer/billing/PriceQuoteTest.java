package ai.zimmer.billing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PriceQuoteTest {

	@Test
	void shouldRoundTheDiscountDown() {
		PriceQuote quote = PriceQuote.of(7, 333, 15);

		assertThat(quote).isEqualTo(new PriceQuote(2331, 15, 349, 1982));
	}

	@Test
	void shouldChargeEverythingWithoutADiscountAndNothingWithAFullOne() {
		assertThat(PriceQuote.undiscounted(3, 50)).isEqualTo(new PriceQuote(150, 0, 0, 150));
		assertThat(PriceQuote.of(3, 50, 100)).isEqualTo(new PriceQuote(150, 100, 150, 0));
	}

	@Test
	void shouldDiscountHugeAmountsExactlyWithoutOverflowing() {
		PriceQuote quote = PriceQuote.of(100_000, 92_233_720_368_547L, 99);

		assertThat(quote.amountBefore()).isEqualTo(9_223_372_036_854_700_000L);
		assertThat(quote.amountDiscount()).isEqualTo(9_131_138_316_486_153_000L);
		assertThat(quote.amountAfter()).isEqualTo(92_233_720_368_547_000L);
	}

	@Test
	void shouldRefuseAnAmountThatDoesNotFit() {
		assertThatExceptionOfType(ArithmeticException.class)
			.isThrownBy(() -> PriceQuote.of(100_000, Long.MAX_VALUE / 10, 0));
	}

}
