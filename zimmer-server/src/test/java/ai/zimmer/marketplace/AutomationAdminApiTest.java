package ai.zimmer.marketplace;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import ai.zimmer.account.AccountService;
import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@IntegrationTest
class AutomationAdminApiTest {

	/** Nothing listens on the discard port: any probe of it fails at once. */
	static final String NO_VENDOR = "http://127.0.0.1:9";

	static String technical;

	static String support;

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	Api api;

	AutomationFixtures fixtures;

	String prefix;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.fixtures = new AutomationFixtures(this.api, this.accounts);
		if (technical == null) {
			technical = this.fixtures.staffToken(Role.TECHNICAL_TEAM);
			support = this.fixtures.staffToken(Role.SUPPORT_STAFF);
		}
		this.prefix = "adm-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void createShouldAnswer201WithEverySettingAndNoToken() {
		Reply reply = this.fixtures.create(technical, automation("new", Map.of()));

		assertThat(reply.status()).isEqualTo(201);
		long id = reply.number("id");
		assertThat(reply.header("Location")).isEqualTo("/api/admin/automations/" + id);
		JsonNode body = reply.json();
		assertThat(body.path("name").asString()).isEqualTo(this.prefix + "-new");
		assertThat(body.path("pricing_type").asString()).isEqualTo("token_per_message");
		assertThat(body.path("price_per_token").asLong()).isEqualTo(1500);
		assertThat(body.path("is_active").asBoolean()).isTrue();
		assertThat(body.path("is_listed").asBoolean()).isTrue();
		assertThat(body.path("health_check_url").asString()).isEqualTo(NO_VENDOR + "/health");
		assertThat(body.path("kb_reset_url").asString()).isEqualTo(NO_VENDOR + "/kb/reset");
		assertThat(body.path("has_service_token").asBoolean()).isFalse();
		assertThat(body.path("listed_in_marketplace").asBoolean()).isFalse();
		assertThat(body.path("health_status").asString()).isEqualTo("unknown");
		assertThat(body.path("last_health_at").isNull()).isTrue();
		assertThat(body.path("health_details").isNull()).isTrue();
		assertThat(body.path("created_at").asString()).isNotBlank();
		assertThat(auditActions(id)).containsExactly("automation.created");
	}

	@Test
	void createShouldDefaultTheOptionalFields() {
		Reply reply = this.fixtures.create(technical,
				Map.of("name", this.prefix, "pricing_type", "flat_fee", "price_per_token", 0));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.text("description")).isEmpty();
		assertThat(reply.json().path("is_active").asBoolean()).isTrue();
		assertThat(reply.json().path("is_listed").asBoolean()).isFalse();
		assertThat(reply.json().path("health_check_url").isNull()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "ftp://127.0.0.1/health", "/health", "127.0.0.1/health", "http://", "https:///x",
			"http://user:secret@127.0.0.1/health", "http://127.0.0.1/with space", "javascript:alert(1)" })
	void integrationUrlsOtherThanAbsoluteHttpShouldBe422(String url) {
		Reply reply = this.fixtures.create(technical, automation("url", Map.of("health_check_url", url)));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(fields(reply)).containsExactly("health_check_url");
	}

	@Test
	void aUrlOver2048CharactersShouldBe422() {
		String url = "https://127.0.0.1/" + "a".repeat(2048 - 18);

		Reply reply = this.fixtures.create(technical, automation("long-url", Map.of("kb_status_url", url + "a")));
		Reply longest = this.fixtures.create(technical, automation("longest-url", Map.of("kb_status_url", url)));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(fields(reply)).containsExactly("kb_status_url");
		assertThat(longest.status()).isEqualTo(201);
	}

	@Test
	void everyInvalidFieldShouldBeListed() {
		Map<String, Object> request = new HashMap<>();
		request.put("name", " ");
		request.put("description", "d".repeat(2001));
		request.put("price_per_token", -1);
		request.put("pricing_type", null);
		request.put("is_listed", null);

		Reply reply = this.fixtures.create(technical, request);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(fields(reply)).containsExactly("description", "is_listed", "name", "price_per_token",
				"pricing_type");
	}

	@Test
	void wrongTypesUnknownValuesAndUnknownFieldsShouldBe422() {
		assertThat(fields(this.fixtures.create(technical, automation("t", Map.of("price_per_token", "1500")))))
			.containsExactly("price_per_token");
		assertThat(fields(this.fixtures.create(technical, automation("t", Map.of("price_per_token", 1.5)))))
			.containsExactly("price_per_token");
		assertThat(fields(this.fixtures.create(technical, automation("t", Map.of("pricing_type", "hourly")))))
			.containsExactly("pricing_type");
		assertThat(fields(this.fixtures.create(technical, automation("t", Map.of("is_active", "yes")))))
			.containsExactly("is_active");
		assertThat(fields(this.fixtures.create(technical, automation("t", Map.of("has_service_token", true)))))
			.containsExactly("has_service_token");
	}

	@Test
	void getShouldAnswerOneAutomationOr404() {
		long id = this.fixtures.createAutomation(technical, automation("one", Map.of()));

		Reply found = this.api.get("/api/admin/automations/" + id).bearer(support).send();
		Reply missing = this.api.get("/api/admin/automations/999999999").bearer(support).send();

		assertThat(found.status()).isEqualTo(200);
		assertThat(found.text("name")).isEqualTo(this.prefix + "-one");
		assertThat(missing.status()).isEqualTo(404);
	}

	@Test
	void listShouldPageWithCursorsAndCountTheMatches() {
		long first = this.fixtures.createAutomation(technical, automation("a", Map.of()));
		long second = this.fixtures.createAutomation(technical, automation("b", Map.of("is_active", false)));
		long third = this.fixtures.createAutomation(technical, automation("c", Map.of("pricing_type", "flat_fee")));

		JsonNode page1 = list("q=" + this.prefix + "&limit=2");
		JsonNode page2 = list("q=" + this.prefix + "&limit=2&cursor=" + page1.path("next_cursor").asString());

		assertThat(ids(page1)).containsExactly(first, second);
		assertThat(page1.path("total").asLong()).isEqualTo(3);
		assertThat(ids(page2)).containsExactly(third);
		assertThat(page2.path("next_cursor").isNull()).isTrue();
		assertThat(ids(list("q=" + this.prefix + "&pricing_type=flat_fee"))).containsExactly(third);
		assertThat(list("q=" + this.prefix + "&pricing_type=flat_fee").path("total").asLong()).isEqualTo(1);
	}

	@Test
	void patchShouldChangeOnlyTheGivenFieldsAndNullShouldClearAUrl() {
		long id = this.fixtures.createAutomation(technical, automation("patch", Map.of()));
		Map<String, Object> patch = new HashMap<>();
		patch.put("price_per_token", 2500);
		patch.put("kb_reset_url", null);

		Reply reply = this.api.patch("/api/admin/automations/" + id, patch).bearer(technical).send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.number("price_per_token")).isEqualTo(2500);
		assertThat(reply.json().path("kb_reset_url").isNull()).isTrue();
		assertThat(reply.text("name")).isEqualTo(this.prefix + "-patch");
		assertThat(reply.text("kb_status_url")).isEqualTo(NO_VENDOR + "/kb/status");
		assertThat(auditActions(id)).containsExactly("automation.created", "automation.updated");
		assertThat(lastAuditDetails(id)).contains("\"price_per_token\": {\"to\": 2500, \"from\": 1500}");
	}

	@Test
	void patchShouldRefuseNullsForRequiredFieldsAndReadOnlyFields() {
		long id = this.fixtures.createAutomation(technical, automation("strict", Map.of()));
		Map<String, Object> nullName = new HashMap<>();
		nullName.put("name", null);

		Reply clearedName = this.api.patch("/api/admin/automations/" + id, nullName).bearer(technical).send();
		Reply readOnly = this.api.patch("/api/admin/automations/" + id, Map.of("health_status", "healthy"))
			.bearer(technical)
			.send();
		Reply badUrl = this.api.patch("/api/admin/automations/" + id, Map.of("provision_url", "file:///etc/passwd"))
			.bearer(technical)
			.send();

		assertThat(fields(clearedName)).containsExactly("name");
		assertThat(fields(readOnly)).containsExactly("health_status");
		assertThat(fields(badUrl)).containsExactly("provision_url");
		assertThat(this.api.get("/api/admin/automations/" + id).bearer(technical).send().text("health_status"))
			.isEqualTo("unknown");
	}

	@Test
	void patchOfAnUnknownAutomationShouldBe404() {
		Reply reply = this.api.patch("/api/admin/automations/999999999", Map.of("name", "x")).bearer(technical).send();

		assertThat(reply.status()).isEqualTo(404);
	}

	@Test
	void deleteShouldOnlyDeactivateAndBeRepeatable() {
		long id = this.fixtures.createAutomation(technical, automation("delete", Map.of()));

		Reply first = this.api.delete("/api/admin/automations/" + id).bearer(technical).send();
		Reply again = this.api.delete("/api/admin/automations/" + id).bearer(technical).send();

		assertThat(first.status()).isEqualTo(204);
		assertThat(again.status()).isEqualTo(204);
		Reply after = this.api.get("/api/admin/automations/" + id).bearer(technical).send();
		assertThat(after.json().path("is_active").asBoolean()).isFalse();
		assertThat(after.text("name")).isEqualTo(this.prefix + "-delete");
		assertThat(auditActions(id)).containsExactly("automation.created", "automation.deactivated");
		assertThat(this.api.delete("/api/admin/automations/999999999").bearer(technical).send().status())
			.isEqualTo(404);
	}

	@Test
	void supportStaffShouldOnlyRead() {
		long id = this.fixtures.createAutomation(technical, automation("support", Map.of()));
		String path = "/api/admin/automations/" + id;

		assertThat(this.api.get("/api/admin/automations").bearer(support).send().status()).isEqualTo(200);
		assertThat(this.api.get(path).bearer(support).send().status()).isEqualTo(200);
		assertThat(this.fixtures.create(support, automation("x", Map.of())).status()).isEqualTo(403);
		assertThat(this.api.patch(path, Map.of("name", "x")).bearer(support).send().status()).isEqualTo(403);
		assertThat(this.api.delete(path).bearer(support).send().status()).isEqualTo(403);
		assertThat(this.api.post(path + "/rotate-token", null).bearer(support).send().status()).isEqualTo(403);
		assertThat(this.api.post(path + "/health-check", null).bearer(support).send().status()).isEqualTo(403);
		assertThat(this.api.get(path).bearer(support).send().text("name")).isEqualTo(this.prefix + "-support");
	}

	@Test
	void customersAndAnonymousCallersShouldBeRefused() {
		String customer = this.api.registerCustomer().text("access_token");

		Reply asCustomer = this.api.get("/api/admin/automations").bearer(customer).send();
		Reply createAsCustomer = this.fixtures.create(customer, automation("x", Map.of()));
		Reply anonymous = this.api.get("/api/admin/automations").send();

		assertThat(asCustomer.status()).isEqualTo(403);
		assertThat(asCustomer.text("code")).isEqualTo("forbidden");
		assertThat(createAsCustomer.status()).isEqualTo(403);
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "TECHNICAL_TEAM", "MANAGER" })
	void technicalTeamAndManagersShouldManageAutomations(Role role) {
		String token = (role == Role.TECHNICAL_TEAM) ? technical : this.fixtures.staffToken(role);

		long id = this.fixtures.createAutomation(token, automation(role.value(), Map.of()));

		assertThat(this.api.patch("/api/admin/automations/" + id, Map.of("is_listed", false))
			.bearer(token)
			.send()
			.status()).isEqualTo(200);
		assertThat(this.api.delete("/api/admin/automations/" + id).bearer(token).send().status()).isEqualTo(204);
	}

	@Test
	void rotateTokenShouldShowTheNewTokenOnceAndKeepThePreviousOneForTheGracePeriod() {
		long id = this.fixtures.createAutomation(technical, automation("rotate", Map.of()));

		Reply first = rotate(id);
		Reply second = rotate(id);

		assertThat(first.text("service_token")).contains(".");
		assertThat(first.text("masked_token")).contains("****").doesNotContain(secretOf(first.text("service_token")));
		assertThat(first.header("Cache-Control")).contains("no-store");
		assertThat(first.json().path("previous_token_valid_until").isNull()).isTrue();
		assertThat(Instant.parse(second.text("previous_token_valid_until")))
			.isCloseTo(Instant.now().plus(Duration.ofHours(24)), within(Duration.ofMinutes(5)));
		assertThat(consumeWith(second.text("service_token"))).isEqualTo(404);
		assertThat(consumeWith(first.text("service_token"))).isEqualTo(404);
		assertThat(consumeWith(first.text("service_token") + "x")).isEqualTo(401);
		assertThat(this.api.get("/api/admin/automations/" + id)
			.bearer(technical)
			.send()
			.json()
			.path("has_service_token")
			.asBoolean()).isTrue();
		assertThat(auditActions(id)).containsExactly("automation.created", "service_token.rotated",
				"service_token.rotated");
	}

	@Test
	void rotateTokenOfAnUnknownAutomationShouldBe404() {
		assertThat(
				this.api.post("/api/admin/automations/999999999/rotate-token", null).bearer(technical).send().status())
			.isEqualTo(404);
	}

	/**
	 * A token Zimmer accepts gets as far as looking up the (unknown) subscription: 404; a
	 * refused one stops at 401.
	 */
	private int consumeWith(String serviceToken) {
		return this.api
			.post("/api/automation-usage/consume",
					Map.of("user_automation_id", 999_999_999, "units", 1, "usage_type", "message"))
			.header("X-Zimmer-Service-Token", serviceToken)
			.send()
			.status();
	}

	private Reply rotate(long id) {
		return this.api.post("/api/admin/automations/" + id + "/rotate-token", null)
			.bearer(technical)
			.send()
			.expect(200);
	}

	private static String secretOf(String token) {
		return token.substring(token.indexOf('.') + 1);
	}

	private Map<String, Object> automation(String suffix, Map<String, Object> overrides) {
		return AutomationFixtures.automation(this.prefix + "-" + suffix, NO_VENDOR, overrides);
	}

	private JsonNode list(String query) {
		return this.api.get("/api/admin/automations?" + query).bearer(support).send().expect(200).json();
	}

	private List<String> auditActions(long id) {
		return this.jdbc
			.sql("select action from audit_events where object_type = 'automation' and object_id = ? order by id")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

	private String lastAuditDetails(long id) {
		return this.jdbc
			.sql("select cast(details as varchar) from audit_events where object_type = 'automation' "
					+ "and object_id = ? order by id desc limit 1")
			.param(String.valueOf(id))
			.query(String.class)
			.single();
	}

	private static List<String> fields(Reply reply) {
		assertThat(reply.status()).isEqualTo(422);
		return reply.json().path("errors").findValuesAsString("field");
	}

	private static List<Long> ids(JsonNode page) {
		return StreamSupport.stream(page.path("items").spliterator(), false)
			.map((item) -> item.path("id").asLong())
			.toList();
	}

}
