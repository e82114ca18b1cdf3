package ai.zimmer.billing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import ai.zimmer.account.AccountService;
import ai.zimmer.billing.BillingFixtures.Buyer;
import ai.zimmer.billing.BillingFixtures.Customer;
import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.IntegrationTest;
import ai.zimmer.wallet.WalletService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class DiscountApiTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WalletService wallet;

	@Autowired
	AccountService accounts;

	Api api;

	BillingFixtures fixtures;

	/**
	 * Shared by the many validation cases: signing up costs a password hash.
	 */
	private static Customer sharedManager;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.fixtures = new BillingFixtures(this.api, this.jdbc, this.wallet, this.accounts);
		if (sharedManager == null) {
			sharedManager = this.fixtures.staff(Role.MANAGER);
		}
	}

	@Test
	void validateShouldQuoteAUsableCodeWhateverItsCase() {
		Buyer buyer = this.fixtures.buyer(999);
		String code = this.fixtures.discountCode(30, null, null);

		Reply reply = validate(buyer.customer(), code.toLowerCase(), buyer.automationId(), 3);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().path("valid").asBoolean()).isTrue();
		assertThat(reply.number("percent_off")).isEqualTo(30);
		assertThat(reply.number("amount_before")).isEqualTo(2997);
		assertThat(reply.number("amount_discount")).isEqualTo(899);
		assertThat(reply.number("amount_after")).isEqualTo(2098);
		assertThat(reply.json().path("reason").isNull()).isTrue();
	}

	@Test
	void validateShouldAnswerWhyACodeCannotBeUsed() {
		Buyer buyer = this.fixtures.buyer(10);
		long otherAutomation = this.fixtures.listedAutomation(10);
		Customer manager = this.fixtures.staff(Role.MANAGER);
		Instant now = Instant.now();
		String inactive = create(manager, Map.of("percent_off", 10, "is_active", false)).text("code");
		String future = create(manager, Map.of("percent_off", 10, "starts_at", now.plus(1, ChronoUnit.DAYS).toString()))
			.text("code");
		String expired = create(manager, Map.of("percent_off", 10, "ends_at", now.minusSeconds(60).toString()))
			.text("code");
		String elsewhere = create(manager, Map.of("percent_off", 10, "automation_ids", List.of(otherAutomation)))
			.text("code");

		assertThat(reason(buyer, "NEVER-ISSUED-" + UUID.randomUUID())).isEqualTo("unknown_code");
		assertThat(reason(buyer, inactive)).isEqualTo("inactive");
		assertThat(reason(buyer, future)).isEqualTo("not_started");
		assertThat(reason(buyer, expired)).isEqualTo("expired");
		assertThat(reason(buyer, elsewhere)).isEqualTo("not_applicable");
		Reply refused = validate(buyer.customer(), inactive, buyer.automationId(), 5);
		assertThat(refused.json().path("valid").asBoolean()).isFalse();
		assertThat(refused.number("amount_before")).isEqualTo(50);
		assertThat(refused.number("amount_discount")).isZero();
		assertThat(refused.number("amount_after")).isEqualTo(50);
	}

	@Test
	void aCodeMappedToAnAutomationShouldApplyToIt() {
		Buyer buyer = this.fixtures.buyer(10);
		Customer manager = this.fixtures.staff(Role.MANAGER);
		String code = create(manager, Map.of("percent_off", 50, "automation_ids", List.of(buyer.automationId())))
			.text("code");

		Reply reply = validate(buyer.customer(), code, buyer.automationId(), 5);

		assertThat(reply.json().path("valid").asBoolean()).isTrue();
		assertThat(reply.number("amount_after")).isEqualTo(25);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"code\": \"X\", \"automation_id\": %d, \"tokens\": 0}",
			"{\"code\": \"X\", \"automation_id\": %d, \"tokens\": 1.5}", "{\"automation_id\": %d, \"tokens\": 5}",
			"{\"code\": \"\", \"automation_id\": %d, \"tokens\": 5}" })
	void validateShouldRefuseAnInvalidBody(String template) {
		long automationId = this.fixtures.listedAutomation(10);

		Reply reply = this.api.post("/api/discounts/validate", template.formatted(automationId))
			.bearer(sharedManager.token())
			.send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
	}

	@Test
	void validateShouldRequireASignedInUserAndAListedAutomation() {
		Customer customer = this.fixtures.customer();
		long unlisted = this.fixtures.unlistedAutomation(10);

		Reply anonymous = this.api
			.post("/api/discounts/validate", Map.of("code", "X", "automation_id", unlisted, "tokens", 1))
			.send();
		Reply hidden = validate(customer, "X", unlisted, 1);

		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(hidden.status()).isEqualTo(404);
	}

	@Test
	void managerShouldCreateListReadAndChangeCodesAndEveryChangeIsAudited() {
		Customer manager = this.fixtures.staff(Role.MANAGER);
		long automationId = this.fixtures.listedAutomation(10);
		String code = "Spring-" + UUID.randomUUID().toString().substring(0, 8);

		Reply created = create(manager, Map.of("code", code, "percent_off", 20, "max_redemptions", 10, "per_user_limit",
				1, "ends_at", "2099-01-01T00:00:00Z", "automation_ids", List.of(automationId)));
		long id = created.number("id");
		Map<String, Object> change = new HashMap<>();
		change.put("percent_off", 25);
		change.put("ends_at", null);
		change.put("automation_ids", List.of());
		change.put("is_active", false);
		Reply changed = this.api.patch("/api/admin/discounts/" + id, change).bearer(manager.token()).send();
		Reply read = this.api.get("/api/admin/discounts/" + id).bearer(manager.token()).send();
		Reply duplicate = create(manager, Map.of("code", code.toLowerCase(), "percent_off", 5));
		Map<String, Object> unlimit = new HashMap<>();
		unlimit.put("max_redemptions", null);
		Reply unlimited = this.api.patch("/api/admin/discounts/" + id, unlimit).bearer(manager.token()).send();
		Reply nullPercent = this.api.patch("/api/admin/discounts/" + id, "{\"percent_off\": null}")
			.bearer(manager.token())
			.send();

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.header("Location")).endsWith("/api/admin/discounts/" + id);
		assertThat(created.text("code")).isEqualTo(code.toUpperCase());
		assertThat(created.text("ends_at")).isEqualTo("2099-01-01T00:00:00Z");
		assertThat(created.json().path("automation_ids").get(0).asLong()).isEqualTo(automationId);
		assertThat(created.json().path("is_active").asBoolean()).isTrue();
		assertThat(created.json().has("active")).isFalse();
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.number("percent_off")).isEqualTo(25);
		assertThat(changed.json().path("ends_at").isNull()).isTrue();
		assertThat(changed.number("max_redemptions")).isEqualTo(10);
		assertThat(changed.number("per_user_limit")).isOne();
		assertThat(changed.json().path("automation_ids").isEmpty()).isTrue();
		assertThat(changed.json().path("is_active").asBoolean()).isFalse();
		assertThat(read.json()).isEqualTo(changed.json());
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.text("code")).isEqualTo("discount_code_taken");
		assertThat(unlimited.json().path("max_redemptions").isNull()).isTrue();
		assertThat(unlimited.number("per_user_limit")).isOne();
		assertThat(unlimited.number("percent_off")).isEqualTo(25);
		assertThat(nullPercent.status()).isEqualTo(422);
		assertThat(nullPercent.json().path("errors").get(0).path("field").asString()).isEqualTo("percent_off");
		assertThat(this.jdbc
			.sql("select action from audit_events where object_type = 'discount_code' and object_id = ? order by id")
			.param(Long.toString(id))
			.query(String.class)
			.list()).containsExactly("discount.created", "discount.updated", "discount.updated");
	}

	@Test
	void managerShouldPageThroughCodes() {
		Customer manager = sharedManager;
		create(manager, Map.of("percent_off", 1));
		create(manager, Map.of("percent_off", 2));

		Reply first = this.api.get("/api/admin/discounts?limit=1").bearer(manager.token()).send();
		Reply second = this.api.get("/api/admin/discounts?limit=1&cursor=" + first.text("next_cursor"))
			.bearer(manager.token())
			.send();

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().path("items")).hasSize(1);
		assertThat(second.json().path("items").get(0).path("id").asLong())
			.isGreaterThan(first.json().path("items").get(0).path("id").asLong());
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"code\": \"OK-1\", \"percent_off\": 101}", "{\"code\": \"OK-1\", \"percent_off\": -1}",
			"{\"code\": \"bad code!\", \"percent_off\": 5}", "{\"code\": \"OK-1\"}",
			"{\"code\": \"OK-1\", \"percent_off\": 5, \"max_redemptions\": 0}",
			"{\"code\": \"OK-1\", \"percent_off\": 5, \"starts_at\": \"2030-01-02T00:00:00Z\", "
					+ "\"ends_at\": \"2030-01-01T00:00:00Z\"}",
			"{\"code\": \"OK-1\", \"percent_off\": 5, \"automation_ids\": [9223372036854775807]}" })
	void createShouldRefuseInvalidCodes(String body) {
		Reply reply = this.api.post("/api/admin/discounts", body).bearer(sharedManager.token()).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
	}

	@Test
	void onlyManagersShouldAdministerCodes() {
		Customer support = this.fixtures.staff(Role.SUPPORT_STAFF);
		Customer technical = this.fixtures.staff(Role.TECHNICAL_TEAM);
		Customer customer = this.fixtures.customer();
		Map<String, Object> body = Map.of("code", "NOPE-" + UUID.randomUUID().toString().substring(0, 8), "percent_off",
				5);

		Reply bySupport = this.api.post("/api/admin/discounts", body).bearer(support.token()).send();
		Reply byTechnical = this.api.get("/api/admin/discounts").bearer(technical.token()).send();
		Reply byCustomer = this.api.post("/api/admin/discounts", body).bearer(customer.token()).send();
		Reply unknown = this.api.patch("/api/admin/discounts/" + Long.MAX_VALUE, Map.of("percent_off", 5))
			.bearer(this.fixtures.staff(Role.MANAGER).token())
			.send();

		assertThat(bySupport.status()).isEqualTo(403);
		assertThat(bySupport.text("code")).isEqualTo("forbidden");
		assertThat(byTechnical.status()).isEqualTo(403);
		assertThat(byCustomer.status()).isEqualTo(403);
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void aSecondUseBeyondThePerUserLimitShouldBeRefused() {
		Buyer buyer = this.fixtures.buyer(10);
		String code = this.fixtures.discountCode(10, null, 1);
		Reply first = this.fixtures.init(buyer.customer(),
				Map.of("automation_id", buyer.automationId(), "tokens", 10, "discount_code", code));
		this.api.get(this.fixtures.link(first, "pay")).send().expect(200);

		Reply second = this.fixtures.init(buyer.customer(),
				Map.of("automation_id", buyer.automationId(), "tokens", 10, "discount_code", code));

		assertThat(second.status()).isEqualTo(422);
		assertThat(second.json().path("errors").get(0).path("field").asString()).isEqualTo("discount_code");
		assertThat(reason(buyer, code)).isEqualTo("per_user_limit_reached");
	}

	@Test
	void maxRedemptionsShouldHoldUnderConcurrentPaymentsAndEveryPayerStillGetsTheTokens() {
		String code = this.fixtures.discountCode(50, 2, null);
		List<Buyer> buyers = new ArrayList<>();
		List<String> payLinks = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			Buyer buyer = this.fixtures.buyer(10);
			Reply started = this.fixtures.init(buyer.customer(),
					Map.of("automation_id", buyer.automationId(), "tokens", 10, "discount_code", code));
			buyers.add(buyer);
			payLinks.add(this.fixtures.link(started.expect(201), "pay"));
		}
		List<Callable<Reply>> payments = payLinks.stream()
			.map((link) -> (Callable<Reply>) () -> this.api.get(link).send())
			.toList();

		List<Reply> replies = Concurrently.run(payments);

		assertThat(replies).allSatisfy((reply) -> assertThat(reply.text("status")).isEqualTo("succeeded"));
		assertThat(buyers)
			.allSatisfy((buyer) -> assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isEqualTo(10));
		assertThat(this.jdbc.sql("select redemptions from discount_codes where code = ?")
			.param(code)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc
			.sql("select within_limit from discount_redemptions r join discount_codes d on d.id = r.discount_code_id "
					+ "where d.code = ?")
			.param(code)
			.query(Boolean.class)
			.list()).containsExactlyInAnyOrder(true, true, false, false, false);
		assertThat(reason(this.fixtures.buyer(10), code)).isEqualTo("exhausted");
	}

	private Reply create(Customer manager, Map<String, ?> fields) {
		Map<String, Object> body = new HashMap<>(fields);
		body.putIfAbsent("code", "T-" + UUID.randomUUID().toString().substring(0, 13));
		return this.api.post("/api/admin/discounts", body).bearer(manager.token()).send();
	}

	private Reply validate(Customer customer, String code, long automationId, long tokens) {
		return this.api
			.post("/api/discounts/validate", Map.of("code", code, "automation_id", automationId, "tokens", tokens))
			.bearer(customer.token())
			.send();
	}

	private String reason(Buyer buyer, String code) {
		Reply reply = validate(buyer.customer(), code, buyer.automationId(), 5).expect(200);
		assertThat(reply.json().path("valid").asBoolean()).isFalse();
		return reply.text("reason");
	}

}
