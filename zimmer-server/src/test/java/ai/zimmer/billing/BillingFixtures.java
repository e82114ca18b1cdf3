package ai.zimmer.billing;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ai.zimmer.account.AccountService;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.wallet.WalletService;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * Test data for billing: listed automations (inserted directly, there is no admin API for
 * them on this branch), customers with subscriptions, staff, and the sandbox round trip.
 */
final class BillingFixtures {

	private static final Pattern LINK = Pattern.compile("<a id=\"(pay|cancel)\" href=\"([^\"]+)\"");

	private final Api api;

	private final JdbcClient jdbc;

	private final WalletService wallet;

	private final AccountService accounts;

	BillingFixtures(Api api, JdbcClient jdbc, WalletService wallet, AccountService accounts) {
		this.api = api;
		this.jdbc = jdbc;
		this.wallet = wallet;
		this.accounts = accounts;
	}

	long listedAutomation(long pricePerToken) {
		return listedAutomation("Billing bot " + UUID.randomUUID(), pricePerToken);
	}

	long listedAutomation(String name, long pricePerToken) {
		return automation(name, pricePerToken, true);
	}

	long unlistedAutomation(long pricePerToken) {
		return automation("Hidden bot " + UUID.randomUUID(), pricePerToken, false);
	}

	private long automation(String name, long pricePerToken, boolean listed) {
		return this.jdbc
			.sql("insert into automations (name, description, pricing_type, price_per_token, is_active, is_listed, "
					+ "service_token_hash, health_status) values (?, 'billing test', 'token_per_message', ?, true, ?, "
					+ "?, 'healthy') returning id")
			.params(name, pricePerToken, listed, new byte[] { 1, 2, 3 })
			.query(Long.class)
			.single();
	}

	Customer customer() {
		Reply signUp = this.api.registerCustomer();
		return new Customer(signUp.json().path("user").path("id").asLong(), signUp.text("access_token"));
	}

	Customer staff(Role role) {
		String email = role.value() + "-" + UUID.randomUUID() + "@example.com";
		long id = this.accounts.createUser("Staff", email, "staff-password-1", null, role);
		Reply login = this.api.post("/api/auth/login", Map.of("email", email, "password", "staff-password-1"))
			.send()
			.expect(200);
		return new Customer(id, login.text("access_token"));
	}

	long subscribe(Customer customer, long automationId) {
		return this.wallet.subscribe(new Caller(customer.id(), Role.CUSTOMER, UUID.randomUUID()), automationId, null)
			.id();
	}

	/**
	 * A customer subscribed to a new listed automation.
	 */
	Buyer buyer(long pricePerToken) {
		long automationId = listedAutomation(pricePerToken);
		Customer customer = customer();
		return new Buyer(customer, automationId, subscribe(customer, automationId));
	}

	/**
	 * Orders tokens; a {@code String} body is sent as it is.
	 */
	Reply init(Customer customer, Object body) {
		return this.api.post("/api/payments/init", body).bearer(customer.token()).send();
	}

	Reply init(Buyer buyer, long tokens) {
		return init(buyer.customer(), Map.of("automation_id", buyer.automationId(), "tokens", tokens)).expect(201);
	}

	Reply payPage(Reply started) {
		return this.api.get(started.text("redirect_url")).send();
	}

	/**
	 * The Pay ({@code pay}) or Cancel ({@code cancel}) link of a sandbox payment page.
	 */
	String link(Reply started, String id) {
		Matcher links = LINK.matcher(payPage(started).expect(200).body());
		while (links.find()) {
			if (links.group(1).equals(id)) {
				return HtmlUtils.htmlUnescape(links.group(2));
			}
		}
		throw new AssertionError("No link '" + id + "' on the payment page");
	}

	/**
	 * A new active discount code for every automation, with a unique code.
	 */
	String discountCode(int percentOff, Integer maxRedemptions, Integer perUserLimit) {
		String code = "TEST-" + UUID.randomUUID().toString().substring(0, 18).toUpperCase();
		this.jdbc
			.sql("insert into discount_codes (code, percent_off, max_redemptions, per_user_limit) values (?, ?, ?, ?)")
			.params(code, percentOff, maxRedemptions, perUserLimit)
			.update();
		return code;
	}

	long paidTokens(long subscriptionId) {
		return this.jdbc.sql("select paid_tokens from user_automations where id = ?")
			.param(subscriptionId)
			.query(Long.class)
			.single();
	}

	long paymentLedgerRows(long subscriptionId) {
		return this.jdbc.sql("select count(*) from wallet_ledger where user_automation_id = ? and kind = 'payment'")
			.param(subscriptionId)
			.query(Long.class)
			.single();
	}

	long auditEvents(String action, long paymentId) {
		return this.jdbc
			.sql("select count(*) from audit_events where action = ? and object_type = 'payment' and object_id = ?")
			.params(action, Long.toString(paymentId))
			.query(Long.class)
			.single();
	}

	/**
	 * A signed-in user.
	 */
	record Customer(long id, String token) {
	}

	/**
	 * A customer with a subscription to a listed automation.
	 */
	record Buyer(Customer customer, long automationId, long subscriptionId) {
	}

}
