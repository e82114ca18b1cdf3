package ai.zimmer.billing;

/**
 * The answer to "what would this code take off this purchase?"; an unusable code is a
 * business answer with a reason, not an error.
 */
public record DiscountCheck(boolean valid, int percentOff, long amountBefore, long amountDiscount, long amountAfter,
		DiscountRefusal reason) {

	static DiscountCheck valid(PriceQuote quote) {
		return new DiscountCheck(true, quote.percentOff(), quote.amountBefore(), quote.amountDiscount(),
				quote.amountAfter(), null);
	}

	static DiscountCheck refused(PriceQuote undiscounted, DiscountRefusal reason) {
		return new DiscountCheck(false, 0, undiscounted.amountBefore(), 0, undiscounted.amountAfter(), reason);
	}

}
