package ai.zimmer.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.onCase;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

import ai.zimmer.loadtest.client.CustomerJourneyClient;
import ai.zimmer.loadtest.customer.CustomerAccount;
import ai.zimmer.loadtest.customer.WeightedCycle;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;

/**
 * The benchmark's mixed journey: every arrival sends one request drawn from the journeys'
 * reads and writes in fixed proportions, on behalf of one of the prepared customers, so
 * that the mix arrives at exactly the rate of the baseline.
 */
final class MixedJourney {

	static final Map<String, Integer> WEIGHTS = weights();

	private static final String KIND = "kind";

	private final Requests requests;

	private final AtomicReferenceArray<CustomerAccount> customers;

	private final AtomicLong turn = new AtomicLong();

	private final WeightedCycle<String> kinds = new WeightedCycle<>(WEIGHTS);

	MixedJourney(Requests requests, List<CustomerAccount> customers) {
		if (customers.isEmpty()) {
			throw new IllegalArgumentException("The mixed journey needs at least one customer (-Dcustomers)");
		}
		this.requests = requests;
		this.customers = new AtomicReferenceArray<>(customers.toArray(CustomerAccount[]::new));
	}

	ChainBuilder oneRequest() {
		return exec(this::assign).doSwitch("#{" + KIND + "}")
			.on(onCase("marketplace").then(exec(this.requests.marketplace())),
					onCase("marketplace search").then(exec(this.requests.marketplaceSearch())),
					onCase("automation detail").then(exec(this.requests.ownAutomationDetail())),
					onCase("me").then(exec(this.requests.me())),
					onCase("dashboard").then(exec(this.requests.dashboard())),
					onCase("usage").then(exec(this.requests.usage())),
					onCase("subscriptions").then(exec(this.requests.subscriptions())),
					onCase("usage report").then(exec(this.requests.usageReport())));
	}

	void refreshAll(CustomerJourneyClient client) {
		for (int index = 0; index < this.customers.length(); index++) {
			try {
				this.customers.set(index, client.refresh(this.customers.get(index)));
			}
			catch (RuntimeException ex) {
				Console.problem("Token refresh of a benchmark customer failed: " + ex.getMessage());
			}
		}
	}

	private Session assign(Session session) {
		int index = (int) (this.turn.getAndIncrement() % this.customers.length());
		return session.set(KIND, this.kinds.next()).set(Requests.CUSTOMER, this.customers.get(index));
	}

	private static Map<String, Integer> weights() {
		Map<String, Integer> weights = new LinkedHashMap<>();
		weights.put("marketplace", 25);
		weights.put("marketplace search", 10);
		weights.put("automation detail", 10);
		weights.put("me", 10);
		weights.put("dashboard", 15);
		weights.put("usage", 10);
		weights.put("subscriptions", 5);
		weights.put("usage report", 15);
		return Collections.unmodifiableMap(weights);
	}

}
