package ai.zimmer.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.util.UUID;

import ai.zimmer.loadtest.benchmark.BenchmarkComparison;
import ai.zimmer.loadtest.client.RunIdentity;
import ai.zimmer.loadtest.client.Vendor;
import ai.zimmer.loadtest.customer.CustomerAccount;
import ai.zimmer.loadtest.customer.ResourceId;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Every request the journeys send, one per request type: the name is the row of the
 * report and the unit of the per-request-type SLO gates, the checks say which answers
 * count as success.
 */
final class Requests {

	static final String CUSTOMER = "customer";

	static final String EMAIL = "email";

	static final String ACCESS_TOKEN = "access_token";

	static final String REFRESH_TOKEN = "refresh_token";

	static final String EXPIRES_IN = "expires_in";

	static final String SUBSCRIPTION = "subscription";

	static final String BROWSED_AUTOMATION = "browsed_automation";

	static final String NEXT_CURSOR = "next_cursor";

	private static final String REDIRECT_URL = "redirect_url";

	private static final String PAY_LINK = "pay_link";

	private static final int TOKENS_PER_PURCHASE = 100;

	private final Vendor vendor;

	Requests(Vendor vendor) {
		this.vendor = vendor;
	}

	HttpRequestActionBuilder marketplace() {
		return http("marketplace").get("/api/automations/marketplace")
			.queryParam("limit", "10")
			.check(status().is(200), jsonPath("$.items[*].id").findRandom().saveAs(BROWSED_AUTOMATION),
					jsonPath("$.next_cursor").ofString().optional().saveAs(NEXT_CURSOR));
	}

	HttpRequestActionBuilder marketplaceSearch() {
		return http("marketplace search").get("/api/automations/marketplace")
			.queryParam("q", "Load test")
			.queryParam("pricing_type", "token_per_message")
			.check(status().is(200), jsonPath("$.items").exists());
	}

	HttpRequestActionBuilder marketplaceNextPage() {
		return http("marketplace next page").get("/api/automations/marketplace")
			.queryParam("limit", "10")
			.queryParam("cursor", (session) -> session.getString(NEXT_CURSOR))
			.check(status().is(200), jsonPath("$.items").exists());
	}

	HttpRequestActionBuilder automationDetail() {
		return http("automation detail").get((session) -> "/api/automations/" + session.getString(BROWSED_AUTOMATION))
			.check(status().is(200));
	}

	HttpRequestActionBuilder ownAutomationDetail() {
		return http("automation detail").get("/api/automations/" + this.vendor.automation().text())
			.check(status().is(200));
	}

	HttpRequestActionBuilder signUp() {
		return http("sign-up").post("/api/auth/register")
			.body(StringBody((session) -> "{\"name\":\"Load Test Customer\",\"email\":\"" + session.getString(EMAIL)
					+ "\",\"password\":\"" + RunIdentity.CUSTOMER_PASSWORD + "\"}"))
			.asJson()
			.check(status().is(201))
			.check(tokenChecks());
	}

	HttpRequestActionBuilder login() {
		return http("login").post("/api/auth/login")
			.body(StringBody((session) -> "{\"email\":\"" + customer(session).email() + "\",\"password\":\""
					+ customer(session).password() + "\"}"))
			.asJson()
			.check(status().is(200))
			.check(tokenChecks());
	}

	HttpRequestActionBuilder refresh() {
		return http("token refresh").post("/api/auth/refresh")
			.body(StringBody((session) -> "{\"refresh_token\":\"" + customer(session).refreshToken() + "\"}"))
			.asJson()
			.check(status().is(200))
			.check(tokenChecks());
	}

	HttpRequestActionBuilder me() {
		return authorized(http("me").get("/api/me")).check(status().is(200));
	}

	HttpRequestActionBuilder dashboard() {
		return authorized(http("dashboard").get("/api/user/dashboard")).check(status().is(200),
				jsonPath("$.totals").exists());
	}

	HttpRequestActionBuilder usage() {
		return authorized(http("usage").get("/api/user/usage").queryParam("range", "7d")).check(status().is(200));
	}

	HttpRequestActionBuilder subscriptions() {
		return authorized(http("subscriptions").get("/api/user/automations")).check(status().is(200),
				jsonPath("$.items").exists());
	}

	HttpRequestActionBuilder subscribe() {
		return authorized(http("subscribe").post("/api/user/automations"))
			.body(StringBody("{\"automation_id\":" + this.vendor.automation().json() + "}"))
			.asJson()
			.check(status().is(201), jsonPath("$.id").ofObject().transform(ResourceId::of).saveAs(SUBSCRIPTION));
	}

	HttpRequestActionBuilder provision() {
		return authorized(http("provision")
			.post((session) -> "/api/user/automations/" + customer(session).subscription().text() + "/provision"))
			.check(status().is(200));
	}

	HttpRequestActionBuilder paymentInit() {
		return authorized(http("payment init").post("/api/payments/init"))
			.body(StringBody("{\"automation_id\":" + this.vendor.automation().json() + ",\"tokens\":"
					+ TOKENS_PER_PURCHASE + "}"))
			.asJson()
			.check(status().is(201), jsonPath("$.redirect_url").saveAs(REDIRECT_URL));
	}

	HttpRequestActionBuilder paymentPage() {
		return http("payment page").get((session) -> session.getString(REDIRECT_URL))
			.header("Accept", "text/html")
			.check(status().is(200), css("a#pay", "href").saveAs(PAY_LINK));
	}

	HttpRequestActionBuilder paymentCallback() {
		return http("payment callback").get((session) -> session.getString(PAY_LINK))
			.check(status().is(200), jsonPath("$.status").is("succeeded"));
	}

	HttpRequestActionBuilder usageReport() {
		return http("usage report").post("/api/automation-usage/consume")
			.header("X-Zimmer-Service-Token", this.vendor.serviceToken())
			.body(StringBody((session) -> "{\"user_automation_id\":" + customer(session).subscription().json()
					+ ",\"units\":1,\"usage_type\":\"message\",\"request_id\":\"" + UUID.randomUUID() + "\"}"))
			.asJson()
			.check(status().is(200), jsonPath("$.accepted").exists());
	}

	HttpRequestActionBuilder baseline() {
		return http(BenchmarkComparison.BASELINE).get("/api/baseline").check(status().is(200));
	}

	static CustomerAccount customer(Session session) {
		return session.get(CUSTOMER);
	}

	private static HttpRequestActionBuilder authorized(HttpRequestActionBuilder request) {
		return request.header("Authorization", (session) -> "Bearer " + customer(session).accessToken());
	}

	private static CheckBuilder[] tokenChecks() {
		return new CheckBuilder[] { jsonPath("$.access_token").saveAs(ACCESS_TOKEN),
				jsonPath("$.refresh_token").saveAs(REFRESH_TOKEN),
				jsonPath("$.expires_in").ofLong().saveAs(EXPIRES_IN) };
	}

}
