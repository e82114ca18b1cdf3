package ai.zimmer.monitoring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.Fixtures;
import ai.zimmer.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class MonitoringApiTest {

	private static final String STATUS = "/api/test/monitoring/status?code=";

	private static final String STATUS_ROUTE = "uri=\"/api/test/monitoring/status\"";

	private static final List<String> STAFF_VIEWS = List.of("/api/monitoring/metrics", "/api/monitoring/alerts",
			"/api/monitoring/database/health", "/api/monitoring/cache/health", "/api/monitoring/performance",
			"/actuator/monitoring");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CacheManager cacheManager;

	@Autowired
	CacheMetricsBinder cacheMetricsBinder;

	@Autowired
	AutomationHealthMonitor automationHealth;

	@Autowired
	HealthEndpointGroups healthGroups;

	@Autowired
	LoggingSystem loggingSystem;

	Api api;

	String staffToken;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.staffToken = this.fixtures.signedIn(this.api, Role.TECHNICAL_TEAM);
	}

	@Test
	void prometheusShouldExposeTheLatencyHistogramWithSloBucketsAfterTraffic() {
		send(200, 3);

		PrometheusScrape scrape = scrape();

		String bucket = "http_server_requests_seconds_bucket";
		String ok = "status=\"200\"";
		assertThat(scrape.sum(bucket, STATUS_ROUTE, ok, "le=\"0.2\"")).isGreaterThanOrEqualTo(1);
		assertThat(scrape.sum(bucket, STATUS_ROUTE, ok, "le=\"0.5\"")).isGreaterThanOrEqualTo(3);
		assertThat(scrape.sum(bucket, STATUS_ROUTE, ok, "le=\"1.0\"")).isGreaterThanOrEqualTo(3);
		assertThat(scrape.lines(bucket, STATUS_ROUTE, ok, "le=\"0.2\""))
			.allMatch((line) -> line.contains("application=\"zimmer\"") && line.contains("outcome=\"SUCCESS\""));
	}

	@Test
	void unknownPathsShouldCollapseIntoOneRouteValue() {
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();
		this.api.get("/no-such-page/" + first).send().expect(404);
		this.api.get("/api/no-such-api/" + second).send().expect(404);

		PrometheusScrape scrape = scrape();

		assertThat(scrape.text()).doesNotContain(first).doesNotContain(second);
		assertThat(scrape.lines("http_server_requests_seconds_count", "status=\"404\"", "method=\"GET\"")
			.stream()
			.map((line) -> line.replaceAll(".*uri=\"([^\"]*)\".*", "$1"))
			.filter((uri) -> !uri.startsWith("/api/") || uri.equals("/**"))
			.distinct()).hasSize(1);
	}

	@Test
	void monitoringNumbersShouldMoveWithRealTraffic() {
		JsonNode before = staff("/api/monitoring/metrics").json();
		double serverErrorsBefore = scrape().sum("http_server_requests_seconds_count", STATUS_ROUTE, "status=\"500\"");

		send(200, 30);
		send(500, 6);
		send(503, 4);

		JsonNode after = staff("/api/monitoring/metrics").json();
		double serverErrorsAfter = scrape().sum("http_server_requests_seconds_count", STATUS_ROUTE, "status=\"500\"");
		assertThat(after.path("errors_total").asLong() - before.path("errors_total").asLong()).isEqualTo(10);
		assertThat(after.path("requests_total").asLong() - before.path("requests_total").asLong()).isBetween(40L, 42L);
		JsonNode minute = after.path("windows").path("1m");
		assertThat(minute.path("request_count").asLong()).isGreaterThanOrEqualTo(40);
		assertThat(minute.path("error_count").asLong()).isGreaterThanOrEqualTo(10);
		assertThat(minute.path("error_rate").asDouble()).isPositive();
		assertThat(minute.path("request_rate").asDouble()).isGreaterThanOrEqualTo(40 / 60.0);
		assertThat(minute.path("latency_ms").path("p99").asDouble()).isPositive();
		assertThat(after.path("windows").path("5m").path("request_count").asLong())
			.isGreaterThanOrEqualTo(minute.path("request_count").asLong());
		assertThat(serverErrorsAfter - serverErrorsBefore).isEqualTo(6);
	}

	@Test
	void healthShouldTellAnonymousCallersStatusOnlyAndStaffTheRoundTrips() {
		JsonNode anonymous = this.api.get("/api/monitoring/health").send().expect(200).json();
		JsonNode detailed = staff("/api/monitoring/health").json();

		assertThat(anonymous.path("status").asString()).isIn("healthy", "degraded", "unhealthy");
		assertThat(anonymous.path("version").asString()).isNotBlank();
		assertThat(anonymous.path("uptime_seconds").isNumber()).isTrue();
		assertThat(anonymous.path("components").path("database").path("status").asString()).isEqualTo("up");
		assertThat(anonymous.path("components").path("database").has("round_trip_ms")).isFalse();
		assertThat(anonymous.has("commit")).isFalse();
		assertThat(detailed.path("components").path("database").path("round_trip_ms").isNumber()).isTrue();
		assertThat(detailed.path("components").path("cache").path("status").asString()).isEqualTo("up");
		assertThat(detailed.path("components").path("cache").path("round_trip_ms").isNumber()).isTrue();
		assertThat(detailed.path("commit").asString()).isNotBlank();
	}

	@Test
	void staffViewsShouldRefuseAnonymousCallersAndCustomers() {
		String customerToken = this.api.registerCustomer().text("access_token");

		for (String view : STAFF_VIEWS) {
			Reply anonymous = this.api.get(view).send();
			Reply customer = this.api.get(view).bearer(customerToken).send();
			Reply staff = staff(view);

			assertThat(anonymous.status()).as(view).isEqualTo(401);
			assertThat(anonymous.text("code")).as(view).isEqualTo("unauthorized");
			assertThat(customer.status()).as(view).isEqualTo(403);
			assertThat(customer.text("code")).as(view).isEqualTo("forbidden");
			assertThat(staff.json().isObject()).as(view).isTrue();
		}
	}

	@Test
	void staffViewsShouldCarryTheirFigures() {
		send(200, 5);

		JsonNode database = staff("/api/monitoring/database/health").json();
		JsonNode cache = staff("/api/monitoring/cache/health").json();
		JsonNode performance = staff("/api/monitoring/performance").json();
		JsonNode alerts = staff("/api/monitoring/alerts").json();
		JsonNode management = staff("/actuator/monitoring").json();

		assertThat(database.path("status").asString()).isEqualTo("up");
		assertThat(database.path("migrations_applied").asBoolean()).isTrue();
		assertThat(database.path("connection_pool").path("max").asDouble()).isPositive();
		assertThat(cache.path("provider").asString()).isNotBlank();
		assertThat(performance.path("routes")
			.valueStream()
			.filter((route) -> route.path("route").asString().equals("GET /api/test/monitoring/status"))
			.findFirst()).hasValueSatisfying((route) -> {
				assertThat(route.path("requests").asLong()).isPositive();
				assertThat(route.path("within_500ms").asDouble()).isPositive();
			});
		assertThat(alerts.path("rules").valueStream().map((rule) -> rule.path("id").asString())).contains(
				"latency_p95_critical", "error_rate_critical", "database_down", "cache_down",
				"error_budget_burn_critical", "latency_p95_warning", "error_rate_warning", "cpu_high", "memory_high",
				"connection_pool_high", "error_budget_burn_warning");
		assertThat(alerts.path("active").isArray()).isTrue();
		assertThat(management.path("health").path("uptime_seconds").isNumber()).isTrue();
	}

	@Test
	void probesShouldAnswerSmallJsonAndOnlyReadinessShouldDependOnTheDatabase() {
		Reply live = this.api.get("/livez").send().expect(200);
		Reply ready = this.api.get("/readyz").send().expect(200);

		assertThat(live.json().properties()).hasSize(1);
		assertThat(live.text("status")).isEqualTo("UP");
		assertThat(ready.json().properties()).hasSize(1);
		assertThat(ready.text("status")).isEqualTo("UP");
		assertThat(this.healthGroups.get("readiness").isMember("database")).isTrue();
		assertThat(this.healthGroups.get("liveness").isMember("database")).isFalse();
	}

	@Test
	void businessCountersShouldCountSignUpsLoginsAndUsageUnits() {
		PrometheusScrape before = scrape();
		Reply signUp = this.api.registerCustomer();
		String email = signUp.json().path("user").path("email").asString();
		this.api.post("/api/auth/login", Map.of("email", email, "password", "password-123")).send().expect(200);
		this.api.post("/api/auth/login", Map.of("email", email, "password", "wrong-password")).send().expect(401);
		reportUsage(signUp.text("access_token"));

		PrometheusScrape after = scrape();

		assertThat(delta(before, after, "zimmer_signups_total")).isEqualTo(1);
		assertThat(delta(before, after, "zimmer_logins_total", "outcome=\"success\"")).isEqualTo(1);
		assertThat(delta(before, after, "zimmer_logins_total", "outcome=\"failure\"")).isEqualTo(1);
		assertThat(delta(before, after, "zimmer_usage_units_total", "outcome=\"accepted\"")).isEqualTo(3);
		assertThat(delta(before, after, "zimmer_usage_units_total", "outcome=\"refused\"")).isEqualTo(50);
	}

	@Test
	void cacheGetsShouldBeCountedAsHitsAndMisses() {
		String name = "monitoring-test-" + UUID.randomUUID();
		Cache cache = this.cacheManager.getCache(name);
		cache.get("key");
		cache.put("key", "value");
		cache.get("key");
		cache.get("key");

		this.cacheMetricsBinder.bindNewCaches();
		PrometheusScrape scrape = scrape();

		assertThat(scrape.sum("cache_gets_total", "cache=\"" + name + "\"", "result=\"hit\"")).isEqualTo(2);
		assertThat(scrape.sum("cache_gets_total", "cache=\"" + name + "\"", "result=\"miss\"")).isEqualTo(1);
	}

	@Test
	void automationHealthShouldBePublishedPerActiveAutomation() {
		long healthy = this.fixtures.listedAutomation(1000).id();
		long unhealthy = this.fixtures.listedAutomation(1000).id();
		setAutomation(unhealthy, "health_status = 'unhealthy'");
		try {
			this.automationHealth.refresh();
			PrometheusScrape scrape = scrape();

			assertThat(scrape.sum("zimmer_automation_healthy", "automation_id=\"" + healthy + "\"")).isEqualTo(1);
			assertThat(scrape.lines("zimmer_automation_healthy", "automation_id=\"" + unhealthy + "\"")).singleElement()
				.asString()
				.endsWith(" 0.0");
			assertThat(staff("/api/monitoring/health").json()
				.path("components")
				.path("automations")
				.path("status")
				.asString()).isEqualTo("degraded");
		}
		finally {
			setAutomation(unhealthy, "is_active = false");
			this.automationHealth.refresh();
		}
	}

	@Test
	void buildVersionAndCommitShouldBeVisible() {
		JsonNode info = this.api.get("/actuator/info").send().expect(200).json();

		assertThat(info.path("build").path("version").asString()).isNotBlank();
		assertThat(info.path("git").path("commit").path("id").asString()).isNotBlank();
		assertThat(scrape().lines("zimmer_build_info", "version=\"" + info.path("build").path("version").asString()))
			.isNotEmpty();
	}

	@Test
	void accessLogShouldWriteOneLinePerRequestWhenSwitchedToDebug(CapturedOutput output) {
		String requestId = "access-log-" + UUID.randomUUID();
		this.loggingSystem.setLogLevel(RequestRecordingFilter.ACCESS_LOGGER, LogLevel.DEBUG);
		try {
			this.api.get(STATUS + 201).header("X-Request-Id", requestId).send().expect(201);
			await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains(requestId));
		}
		finally {
			this.loggingSystem.setLogLevel(RequestRecordingFilter.ACCESS_LOGGER, LogLevel.INFO);
		}

		assertThat(output.getOut().lines().filter((line) -> line.contains(requestId))).singleElement()
			.asString()
			.contains("GET /api/test/monitoring/status 201");
	}

	/**
	 * The shared database outlives this test: an automation left unhealthy would degrade
	 * the health every later test sees.
	 */
	private void setAutomation(long id, String assignment) {
		this.fixtures.jdbc().sql("update automations set " + assignment + " where id = ?").param(id).update();
	}

	private void reportUsage(String customerToken) {
		Fixtures.ListedAutomation automation = this.fixtures.listedAutomation(1000);
		long subscription = this.api.post("/api/user/automations", Map.of("automation_id", automation.id()))
			.bearer(customerToken)
			.send()
			.expect(201)
			.number("id");
		for (int units : new int[] { 3, 50 }) {
			this.api
				.post("/api/automation-usage/consume",
						Map.of("user_automation_id", subscription, "units", units, "usage_type", "message"))
				.header("X-Zimmer-Service-Token", automation.serviceToken())
				.send()
				.expect(200);
		}
	}

	private void send(int status, int times) {
		for (int i = 0; i < times; i++) {
			this.api.get(STATUS + status).send().expect(status);
		}
	}

	private Reply staff(String path) {
		return this.api.get(path).bearer(this.staffToken).send().expect(200);
	}

	private PrometheusScrape scrape() {
		return new PrometheusScrape(this.api.get("/actuator/prometheus").send().expect(200).body());
	}

	private static double delta(PrometheusScrape before, PrometheusScrape after, String metric, String... labels) {
		return after.sum(metric, labels) - before.sum(metric, labels);
	}

}
