package ai.zimmer.readiness.endpoints;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Credentials;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointChecksTest {

	@Test
	void publicEndpointsShouldPassWhenAllAnswer200() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new PublicEndpointsCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.details()).hasSize(4).allMatch((line) -> line.startsWith("ok"));
		}
	}

	@Test
	void publicEndpointsShouldFailWhenMarketplaceAnswers500() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.MARKETPLACE_FAILING)) {
			Outcome outcome = new PublicEndpointsCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("GET /api/automations/marketplace -> 500 (expected 200");
		}
	}

	@Test
	void customerEndpointsShouldPassWhenSignedInPathsAnswer200() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new CustomerEndpointsCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.details()).hasSize(5);
		}
	}

	@Test
	void customerEndpointsShouldFailWhenDashboardAnswers500() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.DASHBOARD_FAILING)) {
			Outcome outcome = new CustomerEndpointsCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("GET /api/user/dashboard -> 500");
		}
	}

	@Test
	void customerEndpointsShouldFailWhenLoginIsRefused() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new CustomerEndpointsCheck().run(FakeZimmer
				.context(zimmer.settings().customer(new Credentials(FakeZimmer.CUSTOMER.email(), "wrong-password"))));

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("POST /api/auth/login -> 401");
		}
	}

	@Test
	void customerEndpointsShouldBeSkippedWithoutCredentials() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new CustomerEndpointsCheck().run(FakeZimmer.context(zimmer.settings().customer(null)));

			assertThat(outcome.status()).isEqualTo(CheckStatus.SKIPPED);
			assertThat(outcome.observed()).contains("--email and --password");
		}
	}

	@Test
	void vendorUsageShouldPassWhenReportIsAccepted() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new VendorUsageCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.PASS);
			assertThat(outcome.observed()).isEqualTo("200, accepted=true");
		}
	}

	@Test
	void vendorUsageShouldFailWhenReportAnswers500() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.USAGE_REPORT_FAILING)) {
			Outcome outcome = new VendorUsageCheck().run(zimmer.context());

			assertThat(outcome.status()).isEqualTo(CheckStatus.FAIL);
			assertThat(outcome.observed()).contains("-> 500 (expected 200");
		}
	}

	@Test
	void vendorUsageShouldBeSkippedWithoutServiceToken() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			Outcome outcome = new VendorUsageCheck().run(FakeZimmer.context(zimmer.settings().vendorToken(null)));

			assertThat(outcome.status()).isEqualTo(CheckStatus.SKIPPED);
		}
	}

	@Test
	void identifiersShouldTravelAsNumbersWhenNumeric() {
		assertThat(Identifiers.asJson("41")).isEqualTo(41L);
		assertThat(Identifiers.asJson("sub_41")).isEqualTo("sub_41");
	}

}
