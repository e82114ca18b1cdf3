package ai.zimmer.loadtest.customer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class CustomerPoolTest {

	private final CustomerPool pool = new CustomerPool();

	@Test
	void shouldHaveNobodyToHandOutWhenEmpty() {
		assertThat(this.pool.checkOut()).isEmpty();
	}

	@Test
	void shouldHandOutEachCustomerToOneVisitAtATime() {
		CustomerAccount first = customer("first");
		this.pool.checkIn(first);

		assertThat(this.pool.checkOut()).contains(first);
		assertThat(this.pool.checkOut()).isEmpty();
	}

	@Test
	void shouldHandOutTheCustomerWhoWaitedLongestFirst() {
		this.pool.checkIn(customer("first"));
		this.pool.checkIn(customer("second"));

		assertThat(this.pool.checkOut()).map(CustomerAccount::email).contains("first");
		assertThat(this.pool.waiting()).isEqualTo(1);
	}

	private static CustomerAccount customer(String email) {
		return new CustomerAccount(email, "pw", "a", "r", Instant.EPOCH, ResourceId.of(1));
	}

}
