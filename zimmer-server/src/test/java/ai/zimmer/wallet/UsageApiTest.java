package ai.zimmer.wallet;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

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
class UsageApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	Api api;

	ListedAutomation automation;

	long subscriptionId;

	String customerToken;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.automation = this.fixtures.listedAutomation(1000);
		this.customerToken = this.api.registerCustomer().text("access_token");
		this.subscriptionId = this.api.post("/api/user/automations", Map.of("automation_id", this.automation.id()))
			.bearer(this.customerToken)
			.send()
			.expect(201)
			.number("id");
	}

	@Test
	void usageShouldSpendDemoTokensThenRefuseWhenTheWalletIsEmpty() {
		Reply first = consume(Map.of("units", 3));
		Reply second = consume(Map.of("units", 2));
		Reply refused = consume(Map.of("units", 1));

		assertThat(first.json().path("accepted").asBoolean()).isTrue();
		assertThat(first.number("remaining_demo_tokens")).isEqualTo(2);
		assertThat(second.number("remaining_demo_tokens")).isZero();
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.json().path("accepted").asBoolean()).isFalse();
		assertThat(refused.text("message")).contains("Insufficient tokens");
		assertThat(subscription().path("is_demo_active").asBoolean()).isFalse();
	}

	@Test
	void aReportTheWalletCannotCoverShouldSpendNothing() {
		Reply refused = consume(Map.of("units", 6));

		assertThat(refused.json().path("accepted").asBoolean()).isFalse();
		assertThat(refused.number("remaining_demo_tokens")).isEqualTo(5);
		assertThat(this.fixtures.jdbc()
			.sql("select count(*) from token_usage where user_automation_id = ?")
			.param(this.subscriptionId)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aReplayedRequestIdShouldReturnTheOriginalOutcomeAndSpendNothing() {
		String requestId = UUID.randomUUID().toString();

		Reply original = consume(Map.of("units", 2, "request_id", requestId));
		Reply replay = consume(Map.of("units", 2, "request_id", requestId));

		assertThat(original.json().path("accepted").asBoolean()).isTrue();
		assertThat(replay.json().path("accepted").asBoolean()).isTrue();
		assertThat(replay.number("remaining_demo_tokens")).isEqualTo(3);
		assertThat(subscription().path("demo_tokens").asLong()).isEqualTo(3);
	}

	@Test
	void aReplayedRefusalShouldStayRefused() {
		String requestId = UUID.randomUUID().toString();

		consume(Map.of("units", 50, "request_id", requestId));
		Reply replay = consume(Map.of("units", 50, "request_id", requestId));

		assertThat(replay.json().path("accepted").asBoolean()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "garbage", "00000000-0000-0000-0000-000000000000.secret" })
	void aMissingOrWrongServiceTokenShouldBe401(String token) {
		Api.Call call = this.api.post("/api/automation-usage/consume", body(Map.of("units", 1)));
		if (!token.isEmpty()) {
			call.header("X-Zimmer-Service-Token", token);
		}

		Reply reply = call.send();

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.text("code")).isEqualTo("invalid_service_token");
	}

	@Test
	void theTokenOfAnotherAutomationShouldNotReachThisSubscription() {
		ListedAutomation other = this.fixtures.listedAutomation(10);

		Reply reply = this.api.post("/api/automation-usage/consume", body(Map.of("units", 1)))
			.header("X-Zimmer-Service-Token", other.serviceToken())
			.send();

		assertThat(reply.status()).isEqualTo(404);
		assertThat(subscription().path("demo_tokens").asLong()).isEqualTo(5);
	}

	@Test
	void anUnknownSubscriptionShouldBe404() {
		Map<String, Object> body = body(Map.of("units", 1));
		body.put("user_automation_id", Long.MAX_VALUE);

		Reply reply = send(body);

		assertThat(reply.status()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"user_automation_id\": %d, \"units\": 0, \"usage_type\": \"message\"}",
			"{\"user_automation_id\": %d, \"units\": -1, \"usage_type\": \"message\"}",
			"{\"user_automation_id\": %d, \"units\": 1.5, \"usage_type\": \"message\"}",
			"{\"user_automation_id\": %d, \"units\": \"1\", \"usage_type\": \"message\"}",
			"{\"user_automation_id\": %d, \"units\": 99999999999999999999999, \"usage_type\": \"message\"}",
			"{\"user_automation_id\": %d, \"units\": 1}",
			"{\"user_automation_id\": %d, \"units\": 1, \"usage_type\": \"\"}",
			"{\"user_automation_id\": %d, \"units\": 1, \"usage_type\": null}",
			"{\"user_automation_id\": %d, \"units\": 1, \"usage_type\": \"message\", \"request_id\": \"\"}",
			"{\"user_automation_id\": %d, \"units\": 1, \"usage_type\": \"message\", \"meta\": \"text\"}" })
	void badBodiesShouldBe422AndSpendNothing(String template) {
		Reply reply = this.api.post("/api/automation-usage/consume", template.formatted(this.subscriptionId))
			.header("X-Zimmer-Service-Token", this.automation.serviceToken())
			.send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(subscription().path("demo_tokens").asLong()).isEqualTo(5);
	}

	@Test
	void sqlAndHtmlMetacharactersShouldBeStoredAsPlainText() {
		String usageType = "'; drop table users; --<script>";

		Reply reply = consume(Map.of("units", 1, "usage_type", usageType, "meta", Map.of("note", "<b>x</b>")));

		assertThat(reply.json().path("accepted").asBoolean()).isTrue();
		assertThat(this.fixtures.jdbc()
			.sql("select usage_type from token_usage where user_automation_id = ?")
			.param(this.subscriptionId)
			.query(String.class)
			.single()).isEqualTo(usageType);
	}

	@Test
	void theLedgerShouldAlwaysSumToTheBalance() {
		consume(Map.of("units", 2));
		consume(Map.of("units", 9));

		Map<String, Object> ledger = this.fixtures.jdbc()
			.sql("select sum(demo_delta) as demo, sum(paid_delta) as paid from wallet_ledger "
					+ "where user_automation_id = ?")
			.param(this.subscriptionId)
			.query()
			.singleRow();
		assertThat(((Number) ledger.get("demo")).longValue()).isEqualTo(subscription().path("demo_tokens").asLong());
		assertThat(((Number) ledger.get("paid")).longValue()).isEqualTo(subscription().path("paid_tokens").asLong());
	}

	private Reply consume(Map<String, Object> fields) {
		return send(body(fields)).expect(200);
	}

	private Reply send(Map<String, Object> body) {
		return this.api.post("/api/automation-usage/consume", body)
			.header("X-Zimmer-Service-Token", this.automation.serviceToken())
			.send();
	}

	private Map<String, Object> body(Map<String, Object> fields) {
		Map<String, Object> body = new HashMap<>();
		body.put("user_automation_id", this.subscriptionId);
		body.put("usage_type", "message");
		body.putAll(fields);
		return body;
	}

	private JsonNode subscription() {
		return this.api.get("/api/user/automations/" + this.subscriptionId)
			.bearer(this.customerToken)
			.send()
			.expect(200)
			.json();
	}

}
