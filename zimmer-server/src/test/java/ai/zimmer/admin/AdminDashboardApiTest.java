package ai.zimmer.admin;

import java.util.Map;

import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.Fixtures;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AdminDashboardApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Test
	void theDashboardShouldCountNewUsersAndConsumptionOfTheLastDay() {
		Api api = new Api(this.port);
		String manager = this.fixtures.signedIn(api, Role.MANAGER);
		Reply before = api.get("/api/admin/dashboard").bearer(manager).send().expect(200);
		Fixtures.ListedAutomation automation = this.fixtures.listedAutomation(100);
		String customer = api.registerCustomer().text("access_token");
		long subscription = api.post("/api/user/automations", Map.of("automation_id", automation.id()))
			.bearer(customer)
			.send()
			.number("id");
		api.post("/api/automation-usage/consume",
				Map.of("user_automation_id", subscription, "units", 3, "usage_type", "message"))
			.header("X-Zimmer-Service-Token", automation.serviceToken())
			.send()
			.expect(200);

		Reply after = api.get("/api/admin/dashboard").bearer(manager).send().expect(200);
		Reply byCustomer = api.get("/api/admin/dashboard").bearer(customer).send();

		assertThat(delta(before, after, "new_users")).isGreaterThanOrEqualTo(1);
		assertThat(delta(before, after, "tokens_consumed")).isGreaterThanOrEqualTo(3);
		assertThat(after.json().path("totals").path("subscriptions").asLong())
			.isGreaterThan(before.json().path("totals").path("subscriptions").asLong());
		assertThat(byCustomer.status()).isEqualTo(403);
	}

	private static long delta(Reply before, Reply after, String field) {
		return after.json().path("last_24_hours").path(field).asLong()
				- before.json().path("last_24_hours").path(field).asLong();
	}

}
