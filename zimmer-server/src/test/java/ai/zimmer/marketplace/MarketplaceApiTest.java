package ai.zimmer.marketplace;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import ai.zimmer.account.AccountService;
import ai.zimmer.platform.security.Role;
import ai.zimmer.sample.Faults;
import ai.zimmer.sample.SampleAutomationServer;
import ai.zimmer.sample.SampleAutomationSettings;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class MarketplaceApiTest {

	static SampleAutomationServer vendor;

	/**
	 * One staff member for the whole class: creating one costs a password hash.
	 */
	static String staff;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	Api api;

	AutomationFixtures fixtures;

	String prefix;

	@BeforeAll
	static void startVendor() {
		vendor = SampleAutomationServer.start(SampleAutomationSettings.defaults().withPort(0));
	}

	@AfterAll
	static void stopVendor() {
		vendor.close();
	}

	@BeforeEach
	void setUp() {
		vendor.faults().reset();
		this.api = new Api(this.port);
		this.fixtures = new AutomationFixtures(this.api, this.accounts);
		if (staff == null) {
			staff = this.fixtures.staffToken(Role.TECHNICAL_TEAM);
		}
		this.prefix = "mkt-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void onlyActiveListedHealthyAutomationsWithATokenShouldBeListed() {
		long listed = this.fixtures.listedAutomation(staff, automation("listed", Map.of()));
		long inactive = tokenAndProbe(
				this.fixtures.createAutomation(staff, automation("inactive", Map.of("is_active", false))));
		long unlisted = tokenAndProbe(
				this.fixtures.createAutomation(staff, automation("unlisted", Map.of("is_listed", false))));
		long withoutToken = this.fixtures.createAutomation(staff, automation("without-token", Map.of()));
		this.fixtures.healthCheck(staff, withoutToken).expect(200);
		long unhealthy = tokenAndProbe(this.fixtures.createAutomation(staff,
				automation("unhealthy", Map.of("health_check_url", vendor.baseUrl() + "/no-such-path"))));

		assertThat(ids(search("q=" + this.prefix))).containsExactly(listed);
		assertThat(this.api.get("/api/automations/" + listed).send().status()).isEqualTo(200);
		for (long hidden : List.of(inactive, unlisted, withoutToken, unhealthy)) {
			Reply reply = this.api.get("/api/automations/" + hidden).send();
			assertThat(reply.status()).isEqualTo(404);
			assertThat(reply.text("code")).isEqualTo("not_found");
		}
	}

	@Test
	void aListedAutomationShouldShowNoUrlsAndNoTokenData() {
		long id = this.fixtures.listedAutomation(staff, automation("public", Map.of()));

		Reply reply = this.api.get("/api/automations/" + id).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().propertyNames()).containsExactlyInAnyOrder("id", "name", "description", "pricing_type",
				"price_per_token", "health_status");
		assertThat(reply.text("name")).isEqualTo(this.prefix + "-public");
		assertThat(reply.text("pricing_type")).isEqualTo("token_per_message");
		assertThat(reply.number("price_per_token")).isEqualTo(1500);
		assertThat(reply.text("health_status")).isEqualTo("healthy");
		assertThat(reply.body()).doesNotContain(vendor.baseUrl(), "token_hash", "service_token");
	}

	@Test
	void searchShouldMatchNameOrDescriptionIgnoringCaseAndFilterByPricingType() {
		long perMessage = this.fixtures.listedAutomation(staff, automation("alpha", Map.of()));
		long perSession = this.fixtures.listedAutomation(staff, automation("beta",
				Map.of("pricing_type", "token_per_session", "description", "Books TABLES for " + this.prefix)));

		assertThat(ids(search("q=" + this.prefix.toUpperCase()))).containsExactly(perMessage, perSession);
		assertThat(ids(search("q=" + this.prefix + "-ALPHA"))).containsExactly(perMessage);
		assertThat(ids(search("q=tables%20for%20" + this.prefix))).containsExactly(perSession);
		assertThat(ids(search("q=" + this.prefix + "&pricing_type=token_per_session"))).containsExactly(perSession);
		assertThat(ids(search("q=" + this.prefix + "&pricing_type=flat_fee"))).isEmpty();
	}

	@Test
	void likeWildcardsInTheSearchShouldMatchLiterally() {
		this.fixtures.listedAutomation(staff, automation("literal", Map.of()));

		assertThat(ids(search("q=" + this.prefix.substring(0, 3) + "%25" + this.prefix.substring(4)))).isEmpty();
		assertThat(ids(search("q=" + this.prefix.substring(0, 3) + "_" + this.prefix.substring(4)))).isEmpty();
	}

	@Test
	void cursorsShouldWalkThroughEveryPageOnce() {
		long first = this.fixtures.listedAutomation(staff, automation("one", Map.of()));
		long second = this.fixtures.listedAutomation(staff, automation("two", Map.of()));
		long third = this.fixtures.listedAutomation(staff, automation("three", Map.of()));

		JsonNode page1 = search("q=" + this.prefix + "&limit=2");
		JsonNode page2 = search("q=" + this.prefix + "&limit=2&cursor=" + page1.path("next_cursor").asString());

		assertThat(ids(page1)).containsExactly(first, second);
		assertThat(page1.path("next_cursor").isString()).isTrue();
		assertThat(ids(page2)).containsExactly(third);
		assertThat(page2.path("next_cursor").isNull()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "pricing_type=per_hour, pricing_type", "pricing_type=TOKEN_PER_MESSAGE, pricing_type",
			"limit=0, limit", "limit=101, limit", "cursor=bm9wZQ, cursor", "cursor=%25%25, cursor" })
	void invalidParametersShouldBe422(String query, String field) {
		Reply reply = this.api.get("/api/automations/marketplace?" + query).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().path("errors").findValuesAsString("field")).containsExactly(field);
	}

	@Test
	void aSearchTermOver100CharactersShouldBe422() {
		Reply reply = this.api.get("/api/automations/marketplace?q=" + "a".repeat(101)).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().path("errors").findValuesAsString("field")).containsExactly("q");
	}

	@Test
	void malformedNumbersShouldBe400() {
		assertThat(this.api.get("/api/automations/marketplace?limit=ten").send().status()).isEqualTo(400);
		assertThat(this.api.get("/api/automations/not-a-number").send().status()).isEqualTo(400);
	}

	@Test
	void answersShouldBeCachedUntilAStaffChangeEvictsThem() {
		long id = this.fixtures.listedAutomation(staff, automation("cached", Map.of()));
		assertThat(this.api.get("/api/automations/" + id).send().text("name")).isEqualTo(this.prefix + "-cached");
		assertThat(ids(search("q=" + this.prefix))).containsExactly(id);

		this.jdbc.sql("update automations set name = ? where id = ?")
			.params(this.prefix + "-behind-cache", id)
			.update();

		assertThat(this.api.get("/api/automations/" + id).send().text("name")).isEqualTo(this.prefix + "-cached");

		patch(id, Map.of("description", "Changed by staff"));

		Reply fresh = this.api.get("/api/automations/" + id).send();
		assertThat(fresh.text("name")).isEqualTo(this.prefix + "-behind-cache");
		assertThat(fresh.text("description")).isEqualTo("Changed by staff");

		patch(id, Map.of("is_listed", false));

		assertThat(ids(search("q=" + this.prefix))).isEmpty();
		assertThat(this.api.get("/api/automations/" + id).send().status()).isEqualTo(404);
	}

	@Test
	void aFailedHealthProbeShouldDelistAtOnceAndAPassingOneShouldListAgain() {
		long id = this.fixtures.listedAutomation(staff, automation("flaky", Map.of()));
		assertThat(ids(search("q=" + this.prefix))).containsExactly(id);

		vendor.faults().health(Faults.Health.DOWN);
		this.fixtures.healthCheck(staff, id).expect(200);

		assertThat(ids(search("q=" + this.prefix))).isEmpty();

		vendor.faults().reset();
		this.fixtures.healthCheck(staff, id).expect(200);

		assertThat(ids(search("q=" + this.prefix))).containsExactly(id);
	}

	@Test
	void aDeactivatedAutomationShouldLeaveTheMarketplaceAtOnce() {
		long id = this.fixtures.listedAutomation(staff, automation("leaving", Map.of()));
		assertThat(ids(search("q=" + this.prefix))).containsExactly(id);

		this.api.delete("/api/admin/automations/" + id).bearer(staff).send().expect(204);

		assertThat(ids(search("q=" + this.prefix))).isEmpty();
	}

	private long tokenAndProbe(long id) {
		this.fixtures.rotateToken(staff, id);
		this.fixtures.healthCheck(staff, id).expect(200);
		return id;
	}

	private void patch(long id, Map<String, Object> fields) {
		this.api.patch("/api/admin/automations/" + id, fields).bearer(staff).send().expect(200);
	}

	private Map<String, Object> automation(String suffix, Map<String, Object> overrides) {
		return AutomationFixtures.automation(this.prefix + "-" + suffix, vendor.baseUrl(), overrides);
	}

	private JsonNode search(String query) {
		return this.api.get("/api/automations/marketplace?" + query).send().expect(200).json();
	}

	private static List<Long> ids(JsonNode page) {
		return StreamSupport.stream(page.path("items").spliterator(), false)
			.map((item) -> item.path("id").asLong())
			.toList();
	}

}
