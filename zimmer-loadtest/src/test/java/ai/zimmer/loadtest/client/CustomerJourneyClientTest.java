package ai.zimmer.loadtest.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import ai.zimmer.loadtest.customer.CustomerAccount;
import ai.zimmer.loadtest.customer.ResourceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerJourneyClientTest {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	private final FakeZimmer zimmer = new FakeZimmer();

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final RunIdentity run = new RunIdentity(this.clock);

	private final CustomerJourneyClient customers = new CustomerJourneyClient(new ZimmerClient(this.zimmer.baseUrl()),
			this.clock);

	@AfterEach
	void stop() {
		this.zimmer.close();
	}

	@Test
	void shouldWalkEveryStepOfTheJourneyOnce() {
		answerJourney("7");

		this.customers.wholeJourney(this.run, vendor(ResourceId.of(42)));

		assertThat(this.zimmer.requests()).extracting(FakeZimmer.Recorded::call)
			.containsExactly("POST /api/auth/register", "POST /api/user/automations",
					"GET /api/automations/marketplace", "GET /api/automations/42",
					"POST /api/user/automations/7/provision", "POST /api/payments/init",
					"GET /api/payments/sandbox/pay/9", "GET /api/payments/sandbox/callback",
					"POST /api/automation-usage/consume", "GET /api/me", "GET /api/user/dashboard",
					"GET /api/user/usage", "GET /api/user/automations", "POST /api/auth/refresh");
	}

	@Test
	void shouldKeepTheRefreshedTokensAndTheirExpiryWhenTheJourneyEnds() {
		answerJourney("7");

		CustomerAccount customer = this.customers.wholeJourney(this.run, vendor(ResourceId.of(42)));

		assertThat(customer.accessToken()).isEqualTo("access-2");
		assertThat(customer.refreshToken()).isEqualTo("refresh-2");
		assertThat(customer.accessTokenExpiresAt()).isEqualTo(NOW.plusSeconds(900));
		assertThat(customer.subscription()).isEqualTo(ResourceId.of(7));
		assertThat(customer.email()).startsWith("loadtest-" + this.run.id() + "-").endsWith("@example.com");
	}

	@Test
	void shouldSendIdsBackWithTheJsonTypeZimmerGaveThem() {
		answerJourney("\"sub-7\"");
		this.zimmer.answer("POST /api/user/automations/sub-7/provision", 200, "{\"integration_status\":\"active\"}");

		this.customers.wholeJourney(this.run, vendor(ResourceId.of("auto-42")));

		assertThat(this.zimmer.request("POST /api/user/automations").body())
			.isEqualTo("{\"automation_id\":\"auto-42\"}");
		assertThat(this.zimmer.request("POST /api/automation-usage/consume").body())
			.startsWith("{\"user_automation_id\":\"sub-7\",\"units\":1,\"usage_type\":\"message\"");
	}

	@Test
	void shouldSendNumericIdsAsNumbers() {
		answerJourney("7");

		this.customers.wholeJourney(this.run, vendor(ResourceId.of(42)));

		assertThat(this.zimmer.request("POST /api/payments/init").body())
			.isEqualTo("{\"automation_id\":42,\"tokens\":100}");
		assertThat(this.zimmer.request("POST /api/automation-usage/consume").body())
			.startsWith("{\"user_automation_id\":7,");
	}

	@Test
	void shouldFollowThePayLinkOfTheSandboxPageWithItsQuery() {
		answerJourney("7");

		this.customers.wholeJourney(this.run, vendor(ResourceId.of(42)));

		assertThat(this.zimmer.request("GET /api/payments/sandbox/callback").query())
			.isEqualTo("payment_id=9&authority=A1&status=OK");
	}

	@Test
	void shouldReportUsageWithTheVendorServiceTokenAndNoCustomerToken() {
		answerJourney("7");

		this.customers.wholeJourney(this.run, vendor(ResourceId.of(42)));

		FakeZimmer.Recorded usage = this.zimmer.request("POST /api/automation-usage/consume");
		assertThat(usage.serviceToken()).isEqualTo("svc.token");
		assertThat(usage.authorization()).isNull();
	}

	@Test
	void shouldFailWhenThePaymentDoesNotSucceed() {
		answerJourney("7");
		this.zimmer.answer("GET /api/payments/sandbox/callback", 200, "{\"status\":\"failed\"}");

		assertThatExceptionOfType(SetupException.class)
			.isThrownBy(() -> this.customers.wholeJourney(this.run, vendor(ResourceId.of(42))))
			.withMessageContaining("ended 'failed', expected succeeded");
	}

	private static Vendor vendor(ResourceId automation) {
		return new Vendor(automation, "Load test automation", "svc.token");
	}

	private void answerJourney(String subscriptionId) {
		String automationPath = "/api/automations/";
		this.zimmer
			.answer("POST /api/auth/register", 201,
					"{\"access_token\":\"access-1\",\"refresh_token\":\"refresh-1\",\"expires_in\":900}")
			.answer("POST /api/user/automations", 201, "{\"id\":" + subscriptionId + "}")
			.answer("GET " + automationPath + "marketplace", 200, "{\"items\":[],\"next_cursor\":null}")
			.answer("GET " + automationPath + "42", 200, "{\"id\":42}")
			.answer("GET " + automationPath + "auto-42", 200, "{\"id\":\"auto-42\"}")
			.answer("POST /api/user/automations/7/provision", 200, "{\"integration_status\":\"active\"}")
			.answer("POST /api/payments/init", 201,
					"{\"payment_id\":9,\"redirect_url\":\"/api/payments/sandbox/pay/9\"}")
			.answer("GET /api/payments/sandbox/pay/9", 200, "text/html",
					"<a id=\"cancel\" href=\"/api/payments/sandbox/callback?payment_id=9&amp;authority=A1&amp;"
							+ "status=NOK\">Cancel</a><a id=\"pay\" href=\"/api/payments/sandbox/callback?"
							+ "payment_id=9&amp;authority=A1&amp;status=OK\">Pay</a>")
			.answer("GET /api/payments/sandbox/callback", 200, "{\"payment_id\":9,\"status\":\"succeeded\"}")
			.answer("POST /api/automation-usage/consume", 200, "{\"accepted\":true}")
			.answer("GET /api/me", 200, "{}")
			.answer("GET /api/user/dashboard", 200, "{}")
			.answer("GET /api/user/usage", 200, "{}")
			.answer("GET /api/user/automations", 200, "{\"items\":[]}")
			.answer("POST /api/auth/refresh", 200,
					"{\"access_token\":\"access-2\",\"refresh_token\":\"refresh-2\",\"expires_in\":900}");
	}

}
