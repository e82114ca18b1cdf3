package ai.zimmer.readiness.monitoring;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoringChecksTest {

	@Test
	void presenceShouldPassWhenEveryMonitoringEndpointAnswers() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new MonitoringPresenceCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
		}
	}

	@Test
	void presenceShouldFailWhenMetricsAlertsAndPrometheusAreMissing() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.MONITORING_ABSENT)) {
			Outcome outcome = new MonitoringPresenceCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).startsWith("3 of 4 not as expected")
				.contains("GET /api/monitoring/metrics -> 404");
		}
	}

	@Test
	void presenceShouldBeSkippedWhenStaffOnlyEndpointsRefuseAnAnonymousCaller() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new MonitoringPresenceCheck().run(FakeZimmer.context(zimmer.settings().staff(null)));

			assertThat(outcome.status()).isEqualTo(CheckStatus.SKIPPED);
			assertThat(outcome.observed()).contains("--staff-email");
		}
	}

	@Test
	void truthShouldPassWhenHealthAgreesAndCounterMoves() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new MonitoringTruthCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.details())
				.anyMatch((line) -> line.contains("http_server_requests_seconds_count (all series) rose by"));
		}
	}

	@Test
	void truthShouldFailWhenHealthClaimsHealthyWhileNotReady() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.LYING_HEALTH)) {
			Outcome outcome = new MonitoringTruthCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("health says 'healthy', /readyz answered 503")
				.contains("components down: database down");
		}
	}

	@Test
	void truthShouldFailWhenMetricsNeverMove() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.FROZEN_METRICS)) {
			Outcome outcome = new MonitoringTruthCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("rose by 0 after 20 known requests");
		}
	}

	@Test
	void roundTripShouldPassWhenDependenciesAreFast() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new DependencyRoundTripCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.observed()).contains("database up, 1.5 ms").contains("cache up, 0.3 ms");
		}
	}

	@Test
	void roundTripShouldFailWhenDatabaseIsSlow() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.SLOW_DATABASE)) {
			Outcome outcome = new DependencyRoundTripCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("database up, 900.0 ms (expected up, <= 50 ms)");
		}
	}

	@Test
	void roundTripShouldFailWhenObservedRequestsAreSlow() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.SLOW_ANSWERS)) {
			Outcome outcome = new DependencyRoundTripCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("observed GET /readyz median");
		}
	}

	@Test
	void roundTripShouldBeSkippedWhenTimesAreHiddenFromAnonymousCallers() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new DependencyRoundTripCheck().run(FakeZimmer.context(zimmer.settings().staff(null)));

			assertThat(outcome.status()).isEqualTo(CheckStatus.SKIPPED);
		}
	}

}
