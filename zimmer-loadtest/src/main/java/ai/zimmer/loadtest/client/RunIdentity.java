package ai.zimmer.loadtest.client;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Names the data of one run (automation, customer emails) so that runs against the same
 * database never collide and a run's data can be told apart afterwards.
 */
public final class RunIdentity {

	/**
	 * One password for every customer of a run: these accounts only ever exist for load.
	 */
	public static final String CUSTOMER_PASSWORD = "Loadtest-password-1";

	private final String id;

	private final AtomicLong customers = new AtomicLong();

	public RunIdentity(Clock clock) {
		this.id = Long.toString(clock.millis(), 36).toLowerCase(Locale.ROOT);
	}

	public String id() {
		return this.id;
	}

	public String nextCustomerEmail() {
		return "loadtest-" + this.id + "-" + this.customers.incrementAndGet() + "@example.com";
	}

	public String automationName() {
		return "Load test automation " + this.id;
	}

}
