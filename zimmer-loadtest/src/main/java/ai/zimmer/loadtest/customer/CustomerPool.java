package ai.zimmer.loadtest.customer;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Customers waiting for their next visit. A visit checks one out and back in, so that no
 * account is used by two visits at once: two clients refreshing the same token family
 * would look like token theft to the server.
 */
public final class CustomerPool {

	private final Queue<CustomerAccount> waiting = new ConcurrentLinkedQueue<>();

	public Optional<CustomerAccount> checkOut() {
		return Optional.ofNullable(this.waiting.poll());
	}

	public void checkIn(CustomerAccount account) {
		this.waiting.add(account);
	}

	public int waiting() {
		return this.waiting.size();
	}

}
