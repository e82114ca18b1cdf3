package ai.zimmer.readiness.auth;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectIsolationCheckTest {

	@Test
	void shouldPassWhenSecondCustomerCannotReachTheSubscription() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new ObjectIsolationCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.details())
				.anyMatch((line) -> line.contains("second customer GET /api/user/automations/41 -> 404"));
		}
	}

	@Test
	void shouldFailWhenAnotherCustomersSubscriptionIsReachable() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.FOREIGN_DATA_REACHABLE)) {
			Outcome outcome = new ObjectIsolationCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("second customer GET /api/user/automations/41 -> 200")
				.contains("it lists subscription 41");
		}
	}

	@Test
	void shouldFindTheSubscriptionItselfWhenNoneIsGiven() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.FOREIGN_DATA_REACHABLE)) {
			Outcome outcome = new ObjectIsolationCheck()
				.run(FakeZimmer.context(zimmer.settings().subscriptionId(null)));

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("/api/user/automations/41 -> 200");
		}
	}

	@Test
	void shouldBeSkippedWhenTheOwnerCannotReadTheSubscriptionEither() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new ObjectIsolationCheck()
				.run(FakeZimmer.context(zimmer.settings().subscriptionId("999")));

			assertThat(outcome.status()).isEqualTo(CheckStatus.SKIPPED);
			assertThat(outcome.observed()).contains("owner's own GET /api/user/automations/999 answered 404");
		}
	}

}
