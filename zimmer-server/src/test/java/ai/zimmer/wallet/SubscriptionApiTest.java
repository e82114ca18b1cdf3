package ai.zimmer.wallet;

import java.util.Map;
import java.util.UUID;

import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.Fixtures;
import ai.zimmer.support.Fixtures.ListedAutomation;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SubscriptionApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	Api api;

	ListedAutomation automation;

	String token;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.automation = this.fixtures.listedAutomation(500);
		this.token = this.api.registerCustomer().text("access_token");
	}

	@Test
	void subscribingShouldGrantDemoTokensOnly() {
		Reply reply = subscribe(Map.of("automation_id", this.automation.id()));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.number("demo_tokens")).isEqualTo(5);
		assertThat(reply.number("paid_tokens")).isZero();
		assertThat(reply.json().path("is_demo_active").asBoolean()).isTrue();
		assertThat(reply.text("status")).isEqualTo("active");
		assertThat(reply.text("integration_status")).isEqualTo("pending");
		assertThat(reply.text("automation_name")).startsWith("Automation ");
	}

	@Test
	void subscribingTwiceShouldConflict() {
		subscribe(Map.of("automation_id", this.automation.id())).expect(201);

		Reply again = subscribe(Map.of("automation_id", this.automation.id()));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("code")).isEqualTo("already_subscribed");
	}

	@Test
	void aBotTokenUsedByAnotherSubscriptionShouldConflict() {
		String botToken = "123456789:" + UUID.randomUUID().toString().replace("-", "");
		subscribe(Map.of("automation_id", this.automation.id(), "telegram_bot_token", botToken)).expect(201);
		ListedAutomation other = this.fixtures.listedAutomation(500);

		Reply reply = subscribe(Map.of("automation_id", other.id(), "telegram_bot_token", botToken));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("bot_token_taken");
	}

	@Test
	void anUnlistedAutomationShouldBe404() {
		this.fixtures.jdbc()
			.sql("update automations set health_status = 'unhealthy' where id = ?")
			.param(this.automation.id())
			.update();

		Reply reply = subscribe(Map.of("automation_id", this.automation.id()));

		assertThat(reply.status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"automation_id\": \"1\"}", "{\"automation_id\": 1.5}", "{\"automation_id\": -3}",
			"{\"automation_id\": 1, \"telegram_bot_token\": \"not a token\"}" })
	void badBodiesShouldBe422(String body) {
		Reply reply = this.api.post("/api/user/automations", body).bearer(this.token).send();

		assertThat(reply.status()).isEqualTo(422);
	}

	@Test
	void anotherCustomersSubscriptionShouldBeInvisible() {
		long id = subscribe(Map.of("automation_id", this.automation.id())).number("id");
		String intruder = this.api.registerCustomer().text("access_token");

		Reply reply = this.api.get("/api/user/automations/" + id).bearer(intruder).send();
		Reply list = this.api.get("/api/user/automations").bearer(intruder).send();

		assertThat(reply.status()).isEqualTo(404);
		assertThat(list.json().path("items").size()).isZero();
	}

	@Test
	void listsShouldPageWithCursors() {
		for (int i = 0; i < 3; i++) {
			subscribe(Map.of("automation_id", this.fixtures.listedAutomation(100).id())).expect(201);
		}

		Reply first = this.api.get("/api/user/automations?limit=2").bearer(this.token).send();
		Reply second = this.api.get("/api/user/automations?limit=2&cursor=" + first.text("next_cursor"))
			.bearer(this.token)
			.send();

		assertThat(first.json().path("items").size()).isEqualTo(2);
		assertThat(second.json().path("items").size()).isEqualTo(1);
		assertThat(second.json().path("next_cursor").isNull()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "limit=0", "limit=101", "cursor=%25%25", "cursor=bm9wZQ" })
	void badPageParametersShouldBe422(String query) {
		Reply reply = this.api.get("/api/user/automations?" + query).bearer(this.token).send();

		assertThat(reply.status()).isIn(400, 422);
		assertThat(reply.text("code")).isIn("validation_failed", "malformed_request");
	}

	@Test
	void dashboardAndUsageShouldReflectSpending() {
		long id = subscribe(Map.of("automation_id", this.automation.id())).number("id");
		this.api
			.post("/api/automation-usage/consume",
					Map.of("user_automation_id", id, "units", 2, "usage_type", "message"))
			.header("X-Zimmer-Service-Token", this.automation.serviceToken())
			.send()
			.expect(200);

		Reply dashboard = this.api.get("/api/user/dashboard").bearer(this.token).send().expect(200);
		Reply usage = this.api.get("/api/user/usage?range=30d").bearer(this.token).send().expect(200);
		Reply distribution = this.api.get("/api/user/usage/distribution").bearer(this.token).send().expect(200);
		Reply badRange = this.api.get("/api/user/usage?range=1y").bearer(this.token).send();

		assertThat(dashboard.json().path("totals").path("demo_tokens").asLong()).isEqualTo(3);
		assertThat(dashboard.json().path("usage_last_7_days").size()).isEqualTo(7);
		assertThat(dashboard.json().path("usage_last_7_days").get(6).path("units").asLong()).isEqualTo(2);
		assertThat(usage.json().path("series").size()).isEqualTo(30);
		assertThat(usage.number("total")).isEqualTo(2);
		assertThat(distribution.json().path("items").get(0).path("percent").asDouble()).isEqualTo(100.0);
		assertThat(badRange.status()).isEqualTo(422);
	}

	@Test
	void staffAdjustmentsShouldBeIdempotentAudited(@Autowired Fixtures fixtures) {
		long id = subscribe(Map.of("automation_id", this.automation.id())).number("id");
		String manager = fixtures.signedIn(this.api, Role.MANAGER);
		String key = UUID.randomUUID().toString();
		Map<String, Object> credit = Map.of("user_automation_id", id, "delta", 50, "reason", "goodwill",
				"idempotency_key", key);

		Reply first = this.api.post("/api/admin/tokens/adjust", credit).bearer(manager).send();
		Reply replay = this.api.post("/api/admin/tokens/adjust", credit).bearer(manager).send();
		Reply reused = this.api
			.post("/api/admin/tokens/adjust",
					Map.of("user_automation_id", id, "delta", 7, "reason", "x", "idempotency_key", key))
			.bearer(manager)
			.send();
		Reply overdraw = this.api
			.post("/api/admin/tokens/adjust", Map.of("user_automation_id", id, "delta", -51, "reason", "x",
					"idempotency_key", UUID.randomUUID().toString()))
			.bearer(manager)
			.send();
		Reply byCustomer = this.api.post("/api/admin/tokens/adjust", credit).bearer(this.token).send();
		Reply audit = this.api.get("/api/admin/audit?object_type=subscription&object_id=" + id).bearer(manager).send();

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.number("paid_tokens")).isEqualTo(50);
		assertThat(replay.status()).isEqualTo(200);
		assertThat(replay.number("paid_tokens")).isEqualTo(50);
		assertThat(reused.status()).isEqualTo(409);
		assertThat(overdraw.status()).isEqualTo(422);
		assertThat(overdraw.text("code")).isEqualTo("insufficient_tokens");
		assertThat(byCustomer.status()).isEqualTo(403);
		assertThat(audit.json().path("items").findValuesAsString("action")).contains("tokens.adjusted");
	}

	private Reply subscribe(Map<String, Object> body) {
		return this.api.post("/api/user/automations", body).bearer(this.token).send();
	}

}
