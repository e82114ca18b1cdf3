package ai.zimmer.loadtest.customer;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The kinds of visit a profile mixes, with their share of all visits.
 */
public enum VisitType {

	/** Someone browsing the marketplace without an account. */
	VISITOR(40),

	/**
	 * A customer coming back with the tokens its client kept: dashboard, usage, the bot
	 * in use, sometimes a purchase.
	 */
	RETURNING_CUSTOMER(45),

	/**
	 * Sign-up, login, subscription, provisioning, a purchase through the sandbox gateway,
	 * first use.
	 */
	NEW_CUSTOMER(15);

	private final int weight;

	VisitType(int weight) {
		this.weight = weight;
	}

	public static WeightedCycle<VisitType> mix() {
		Map<VisitType, Integer> weights = new LinkedHashMap<>();
		for (VisitType type : values()) {
			weights.put(type, type.weight);
		}
		return new WeightedCycle<>(weights);
	}

}
