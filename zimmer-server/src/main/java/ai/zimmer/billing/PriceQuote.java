package ai.zimmer.billing;

/**
 * What a number of tokens costs in Rial, before and after a percentage discount. The
 * discount is rounded down, so the customer never pays less than the exact percentage
 * allows.
 */
public record PriceQuote(long amountBefore, int percentOff, long amountDiscount, long amountAfter) {

	/**
	 * @throws ArithmeticException when the amount does not fit a {@code long}
	 */
	static PriceQuote of(long tokens, long pricePerToken, int percentOff) {
		long before = Math.multiplyExact(tokens, pricePerToken);
		long discount = (before / 100) * percentOff + (before % 100) * percentOff / 100;
		return new PriceQuote(before, percentOff, discount, before - discount);
	}

	static PriceQuote undiscounted(long tokens, long pricePerToken) {
		return of(tokens, pricePerToken, 0);
	}

}
