package ai.zimmer.loadtest.client;

import ai.zimmer.loadtest.customer.CustomerAccount;
import ai.zimmer.loadtest.customer.ResourceId;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Walks a customer through Zimmer outside the measured load: to warm the server up before
 * measuring, and to prepare customers whose tokens the load then reuses.
 */
public final class CustomerJourneyClient {

	private static final int TOKENS_PER_PURCHASE = 100;

	private final ZimmerClient client;

	private final Clock clock;

	public CustomerJourneyClient(ZimmerClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	/**
	 * Every step a customer's visits go through, once, so that none of them is measured
	 * cold.
	 */
	public CustomerAccount wholeJourney(RunIdentity run, Vendor vendor) {
		CustomerAccount customer = subscribe(signUp(run.nextCustomerEmail()), vendor);
		Map<String, String> auth = ZimmerClient.bearer(customer.accessToken());
		this.client.get("/api/automations/marketplace?limit=20", Map.of(), 200);
		this.client.get("/api/automations/" + vendor.automation().text(), Map.of(), 200);
		this.client.post("/api/user/automations/" + customer.subscription().text() + "/provision", null, auth, 200);
		buyTokens(customer, vendor);
		reportUsage(customer, vendor);
		this.client.get("/api/me", auth, 200);
		this.client.get("/api/user/dashboard", auth, 200);
		this.client.get("/api/user/usage?range=7d", auth, 200);
		this.client.get("/api/user/automations", auth, 200);
		return refresh(customer);
	}

	CustomerAccount signUp(String email) {
		Map<String, Object> body = Map.of("name", "Load Test Customer", "email", email, "password",
				RunIdentity.CUSTOMER_PASSWORD);
		JsonNode tokens = this.client.post("/api/auth/register", body, Map.of(), 201);
		return new CustomerAccount(email, RunIdentity.CUSTOMER_PASSWORD, tokens.path("access_token").asText(),
				tokens.path("refresh_token").asText(), expiry(tokens), null);
	}

	CustomerAccount subscribe(CustomerAccount customer, Vendor vendor) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.set("automation_id", literal(vendor.automation()));
		JsonNode subscription = this.client.post("/api/user/automations", body,
				ZimmerClient.bearer(customer.accessToken()), 201);
		return customer.withSubscription(Ids.of(subscription.path("id"), "POST /api/user/automations"));
	}

	void buyTokens(CustomerAccount customer, Vendor vendor) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.set("automation_id", literal(vendor.automation()));
		body.put("tokens", TOKENS_PER_PURCHASE);
		JsonNode payment = this.client.post("/api/payments/init", body, ZimmerClient.bearer(customer.accessToken()),
				201);
		String redirect = payment.path("redirect_url").asText();
		String payLink = SandboxPayPage.payLink(this.client.page(redirect))
			.orElseThrow(() -> new SetupException("The sandbox page " + redirect + " has no <a id=\"pay\"> link"));
		String status = this.client.get(payLink, Map.of(), 200).path("status").asText();
		if (!"succeeded".equals(status)) {
			throw new SetupException("Paying through " + payLink + " ended '" + status + "', expected succeeded");
		}
	}

	void reportUsage(CustomerAccount customer, Vendor vendor) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.set("user_automation_id", literal(customer.subscription()));
		body.put("units", 1);
		body.put("usage_type", "message");
		body.put("request_id", UUID.randomUUID().toString());
		this.client.post("/api/automation-usage/consume", body, Map.of("X-Zimmer-Service-Token", vendor.serviceToken()),
				200);
	}

	/** A new token pair, as a client gets it shortly before its access token expires. */
	public CustomerAccount refresh(CustomerAccount customer) {
		JsonNode tokens = this.client.post("/api/auth/refresh", Map.of("refresh_token", customer.refreshToken()),
				Map.of(), 200);
		return customer.withTokens(tokens.path("access_token").asText(), tokens.path("refresh_token").asText(),
				expiry(tokens));
	}

	private Instant expiry(JsonNode tokens) {
		return this.clock.instant().plusSeconds(tokens.path("expires_in").asLong(0));
	}

	private static JsonNode literal(ResourceId id) {
		return id.numeric() ? JsonNodeFactory.instance.numberNode(new BigInteger(id.text()))
				: JsonNodeFactory.instance.textNode(id.text());
	}

}
