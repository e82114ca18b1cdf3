package ai.zimmer.billing;

import java.util.List;
import java.util.Map;

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
class PaymentApiTest {

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
	 * A signed-in customer for tests that are refused before anything of his is read;
	 * signing up costs a password hash, so the many validation cases share one.
	 */
	private static Customer bystander;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.fixtures = new BillingFixtures(this.api, this.jdbc, this.wallet, this.accounts);
		if (bystander == null) {
			bystander = this.fixtures.customer();
		}
	}

	@Test
	void initShouldPriceTheOrderAndSendTheBrowserToTheSandboxPage() {
		Buyer buyer = this.fixtures.buyer(120);

		Reply reply = this.fixtures.init(buyer.customer(), Map.of("automation_id", buyer.automationId(), "tokens", 10));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.number("payment_id")).isPositive();
		assertThat(reply.text("status")).isEqualTo("pending");
		assertThat(reply.number("amount")).isEqualTo(1200);
		assertThat(reply.number("discount_amount")).isZero();
		assertThat(reply.text("gateway")).isEqualTo("sandbox");
		assertThat(reply.text("redirect_url")).matches("/api/payments/sandbox/pay/[A-Za-z0-9_-]{43}");
		assertThat(reply.header("Location")).endsWith("/api/payments/" + reply.number("payment_id"));
	}

	@Test
	void initWithADiscountCodeShouldTakeOffThePercentageRoundedDown() {
		Buyer buyer = this.fixtures.buyer(333);
		String code = this.fixtures.discountCode(15, null, null);

		Reply reply = this.fixtures.init(buyer.customer(),
				Map.of("automation_id", buyer.automationId(), "tokens", 7, "discount_code", code.toLowerCase()));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.number("discount_amount")).isEqualTo(349);
		assertThat(reply.number("amount")).isEqualTo(2331 - 349);
		Reply receipt = this.api.get("/api/payments/" + reply.number("payment_id"))
			.bearer(buyer.customer().token())
			.send();
		assertThat(receipt.text("discount_code")).isEqualTo(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"automation_id\": %d, \"tokens\": 0}", "{\"automation_id\": %d, \"tokens\": 100001}",
			"{\"automation_id\": %d, \"tokens\": 1.5}", "{\"automation_id\": %d, \"tokens\": \"10\"}",
			"{\"automation_id\": %d}", "{\"automation_id\": %d, \"tokens\": null}" })
	void initShouldRefuseAnInvalidTokenCount(String template) {
		long automationId = this.fixtures.listedAutomation(10);

		Reply reply = this.fixtures.init(bystander, template.formatted(automationId));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
		assertThat(reply.json().path("errors").findValuesAsString("field")).containsExactly("tokens");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"tokens\": 5}", "{\"automation_id\": null, \"tokens\": 5}",
			"{\"automation_id\": \"1\", \"tokens\": 5}", "{\"automation_id\": 1.0, \"tokens\": 5}" })
	void initShouldRefuseAMissingOrMistypedAutomationId(String body) {
		Reply reply = this.fixtures.init(bystander, body);

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().path("errors").findValuesAsString("field")).containsExactly("automation_id");
	}

	@Test
	void initWithAnUnknownDiscountCodeShouldBe422OnTheCode() {
		Buyer buyer = this.fixtures.buyer(10);

		Reply reply = this.fixtures.init(buyer.customer(),
				Map.of("automation_id", buyer.automationId(), "tokens", 5, "discount_code", "NO-SUCH-CODE"));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().path("errors").get(0).path("field").asString()).isEqualTo("discount_code");
		assertThat(reply.json().path("errors").get(0).path("message").asString()).contains("not a known");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/after", "//evil.example/after", "/\\evil.example",
			"javascript:alert(1)", "https://app.zimmer.test.evil.example/", "https://app.zimmer.test@evil.example/",
			"http://app.zimmer.test/after", "https://app.zimmer.test:8443/after", " /after", "after",
			"/after\r\nSet-Cookie: x=1" })
	void initShouldRefuseReturnUrlsThatWouldRedirectElsewhere(String returnUrl) {
		long automationId = this.fixtures.listedAutomation(10);

		Reply reply = this.fixtures.init(bystander,
				Map.of("automation_id", automationId, "tokens", 5, "return_url", returnUrl));

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.json().path("errors").findValuesAsString("field")).containsExactly("return_url");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/billing/done", "https://app.zimmer.test/after?tab=billing",
			"HTTPS://APP.ZIMMER.TEST:443/after" })
	void initShouldAcceptRelativePathsAndAllowedOrigins(String returnUrl) {
		Buyer buyer = this.fixtures.buyer(10);

		Reply reply = this.fixtures.init(buyer.customer(),
				Map.of("automation_id", buyer.automationId(), "tokens", 5, "return_url", returnUrl));

		assertThat(reply.status()).isEqualTo(201);
	}

	@Test
	void initForAnUnlistedOrUnknownAutomationShouldBe404() {
		Customer customer = this.fixtures.customer();
		long unlisted = this.fixtures.unlistedAutomation(10);

		Reply hidden = this.fixtures.init(customer, Map.of("automation_id", unlisted, "tokens", 5));
		Reply unknown = this.fixtures.init(customer, Map.of("automation_id", Long.MAX_VALUE, "tokens", 5));

		assertThat(hidden.status()).isEqualTo(404);
		assertThat(hidden.text("code")).isEqualTo("not_found");
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void initWithoutASubscriptionShouldBe409() {
		Customer customer = this.fixtures.customer();
		long automationId = this.fixtures.listedAutomation(10);

		Reply reply = this.fixtures.init(customer, Map.of("automation_id", automationId, "tokens", 5));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("subscription_required");
	}

	@Test
	void initForASuspendedSubscriptionShouldBe409() {
		Buyer buyer = this.fixtures.buyer(10);
		this.jdbc.sql("update user_automations set status = 'suspended' where id = ?")
			.param(buyer.subscriptionId())
			.update();

		Reply reply = this.fixtures.init(buyer.customer(), Map.of("automation_id", buyer.automationId(), "tokens", 5));

		assertThat(reply.status()).isEqualTo(409);
		assertThat(reply.text("code")).isEqualTo("subscription_inactive");
	}

	@Test
	void initWithoutAnAccessTokenShouldBe401() {
		Reply reply = this.api.post("/api/payments/init", Map.of("automation_id", 1, "tokens", 5)).send();

		assertThat(reply.status()).isEqualTo(401);
		assertThat(reply.text("code")).isEqualTo("unauthorized");
	}

	@Test
	void payPageShouldShowTheOrderWithPayAndCancelLinksAndEscapeEverything() {
		long automationId = this.fixtures.listedAutomation("<script>alert('x')</script> & \"Co\"", 25);
		Customer customer = this.fixtures.customer();
		this.fixtures.subscribe(customer, automationId);
		Reply started = this.fixtures.init(customer, Map.of("automation_id", automationId, "tokens", 4));
		String authority = started.text("redirect_url").substring("/api/payments/sandbox/pay/".length());
		long paymentId = started.number("payment_id");

		Reply page = this.fixtures.payPage(started);

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.header("Content-Type")).startsWith("text/html");
		assertThat(page.body()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;")
			.doesNotContain("<script>")
			.contains(">100 Rial<", ">4<")
			.contains("<a id=\"pay\" href=\"/api/payments/sandbox/callback?payment_id=" + paymentId + "&authority="
					+ authority + "&status=OK\">Pay</a>")
			.contains("<a id=\"cancel\" href=\"/api/payments/sandbox/callback?payment_id=" + paymentId + "&authority="
					+ authority + "&status=NOK\">Cancel</a>");
	}

	@Test
	void payPageOfAnUnknownAuthorityShouldBe404() {
		Reply reply = this.api.get("/api/payments/sandbox/pay/not-an-issued-authority").send();

		assertThat(reply.status()).isEqualTo(404);
		assertThat(reply.text("code")).isEqualTo("not_found");
	}

	@Test
	void callbackOkShouldCreditTheTokensExactlyOnceWhenReplayed() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply started = this.fixtures.init(buyer, 30);
		String pay = this.fixtures.link(started, "pay");

		Reply first = this.api.get(pay).send();
		List<Reply> replays = List.of(this.api.get(pay).send(), this.api.get(pay).send(), this.api.get(pay).send(),
				this.api.get(pay).send(), this.api.get(pay).send());

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.number("payment_id")).isEqualTo(started.number("payment_id"));
		assertThat(first.text("status")).isEqualTo("succeeded");
		assertThat(first.text("ref_id")).startsWith("SANDBOX-");
		assertThat(replays).allSatisfy((replay) -> {
			assertThat(replay.status()).isEqualTo(200);
			assertThat(replay.text("status")).isEqualTo("succeeded");
			assertThat(replay.text("ref_id")).isEqualTo(first.text("ref_id"));
		});
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isEqualTo(30);
		assertThat(this.fixtures.paymentLedgerRows(buyer.subscriptionId())).isOne();
		assertThat(this.fixtures.auditEvents("payment.succeeded", started.number("payment_id"))).isOne();
	}

	@Test
	void concurrentCallbacksShouldCreditTheTokensExactlyOnce() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply started = this.fixtures.init(buyer, 40);
		String pay = this.fixtures.link(started, "pay");

		List<Reply> replies = Concurrently.repeat(8, () -> this.api.get(pay).send());

		assertThat(replies).allSatisfy((reply) -> {
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.text("status")).isEqualTo("succeeded");
		});
		assertThat(replies.stream().map((reply) -> reply.text("ref_id")).distinct()).hasSize(1);
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isEqualTo(40);
		assertThat(this.fixtures.paymentLedgerRows(buyer.subscriptionId())).isOne();
		assertThat(this.fixtures.auditEvents("payment.succeeded", started.number("payment_id"))).isOne();
	}

	@Test
	void callbackNokShouldCancelAndCreditNothingEvenIfPaidAfterwards() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply started = this.fixtures.init(buyer, 30);
		String pay = this.fixtures.link(started, "pay");
		String cancel = this.fixtures.link(started, "cancel");

		Reply cancelled = this.api.get(cancel).send();
		Reply payAfterwards = this.api.get(pay).send();

		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.text("status")).isEqualTo("cancelled");
		assertThat(cancelled.json().path("ref_id").isNull()).isTrue();
		assertThat(payAfterwards.text("status")).isEqualTo("cancelled");
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isZero();
		assertThat(this.fixtures.paymentLedgerRows(buyer.subscriptionId())).isZero();
		assertThat(this.fixtures.payPage(started).body()).doesNotContain("id=\"pay\"").contains("is cancelled");
	}

	@Test
	void callbackWithAForgedAuthorityShouldCreditNothing() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply started = this.fixtures.init(buyer, 30);
		Reply other = this.fixtures.init(buyer, 50);
		long paymentId = started.number("payment_id");
		String otherAuthority = other.text("redirect_url").substring("/api/payments/sandbox/pay/".length());

		Reply forged = this.api
			.get("/api/payments/sandbox/callback?payment_id=" + paymentId + "&authority=forged-authority&status=OK")
			.send();
		Reply borrowed = this.api
			.get("/api/payments/sandbox/callback?payment_id=" + paymentId + "&authority=" + otherAuthority
					+ "&status=OK")
			.send();

		assertThat(forged.status()).isEqualTo(404);
		assertThat(forged.text("code")).isEqualTo("not_found");
		assertThat(borrowed.status()).isEqualTo(404);
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isZero();
		assertThat(receipt(buyer.customer(), paymentId).text("status")).isEqualTo("pending");
	}

	@Test
	void callbackShouldFindThePaymentByItsAuthorityAloneAsZarinpalReturnsIt() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply started = this.fixtures.init(buyer, 12);
		String authority = started.text("redirect_url").substring("/api/payments/sandbox/pay/".length());

		Reply reply = this.api.get("/api/payments/sandbox/callback?Authority=" + authority + "&Status=OK").send();

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.text("status")).isEqualTo("succeeded");
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isEqualTo(12);
	}

	@Test
	void callbackOfAnUnknownGatewayOrPaymentShouldBe404() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply started = this.fixtures.init(buyer, 30);
		String pay = this.fixtures.link(started, "pay");

		Reply unknownGateway = this.api.get(pay.replace("/sandbox/", "/zarinpal/")).send();
		Reply unknownPayment = this.api
			.get(pay.replace("payment_id=" + started.number("payment_id"), "payment_id=" + Long.MAX_VALUE))
			.send();

		assertThat(unknownGateway.status()).isEqualTo(404);
		assertThat(unknownGateway.text("code")).isEqualTo("not_found");
		assertThat(unknownPayment.status()).isEqualTo(404);
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isZero();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "status=OK", "authority=x&status=PAID", "authority=x", "authority=x&status=OK&payment_id=a" })
	void callbackWithMissingOrUnknownParametersShouldBe422(String query) {
		Reply reply = this.api.get("/api/payments/sandbox/callback?" + query).send();

		assertThat(reply.status()).isEqualTo(422);
		assertThat(reply.text("code")).isEqualTo("validation_failed");
	}

	@Test
	void callbackShouldRedirectToTheReturnUrlWithTheOutcome() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply started = this.fixtures.init(buyer.customer(), Map.of("automation_id", buyer.automationId(), "tokens", 3,
				"return_url", "https://app.zimmer.test/billing?tab=payments#receipt"));
		long paymentId = started.number("payment_id");

		Reply reply = this.api.get(this.fixtures.link(started, "pay")).send();

		assertThat(reply.status()).isEqualTo(302);
		assertThat(reply.header("Location")).isEqualTo(
				"https://app.zimmer.test/billing?tab=payments&payment_id=" + paymentId + "&status=succeeded#receipt");
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isEqualTo(3);
	}

	@Test
	void receiptShouldBeReadableByItsOwnerAndStaffOnly() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply started = this.fixtures.init(buyer, 30);
		this.api.get(this.fixtures.link(started, "pay")).send().expect(200);
		long paymentId = started.number("payment_id");

		Reply own = receipt(buyer.customer(), paymentId);
		Reply someoneElses = receipt(this.fixtures.customer(), paymentId);
		Reply support = receipt(this.fixtures.staff(Role.SUPPORT_STAFF), paymentId);
		Reply anonymous = this.api.get("/api/payments/" + paymentId).send();

		assertThat(own.status()).isEqualTo(200);
		assertThat(own.number("id")).isEqualTo(paymentId);
		assertThat(own.number("automation_id")).isEqualTo(buyer.automationId());
		assertThat(own.text("automation_name")).startsWith("Billing bot ");
		assertThat(own.number("tokens")).isEqualTo(30);
		assertThat(own.number("amount")).isEqualTo(300);
		assertThat(own.json().path("discount_code").isNull()).isTrue();
		assertThat(own.number("discount_amount")).isZero();
		assertThat(own.text("gateway")).isEqualTo("sandbox");
		assertThat(own.text("status")).isEqualTo("succeeded");
		assertThat(own.text("ref_id")).startsWith("SANDBOX-");
		assertThat(own.text("created_at")).isNotBlank();
		assertThat(own.text("completed_at")).isNotBlank();
		assertThat(own.json().has("authority")).isFalse();
		assertThat(someoneElses.status()).isEqualTo(404);
		assertThat(someoneElses.text("code")).isEqualTo("not_found");
		assertThat(support.status()).isEqualTo(200);
		assertThat(anonymous.status()).isEqualTo(401);
	}

	@Test
	void historyShouldListOwnPaymentsNewestFirstPageByPage() {
		Buyer buyer = this.fixtures.buyer(10);
		long first = this.fixtures.init(buyer, 1).number("payment_id");
		long second = this.fixtures.init(buyer, 2).number("payment_id");
		long third = this.fixtures.init(buyer, 3).number("payment_id");
		this.fixtures.init(this.fixtures.buyer(10), 4);

		Reply page1 = this.api.get("/api/user/payments?limit=2").bearer(buyer.customer().token()).send();
		Reply page2 = this.api.get("/api/user/payments?limit=2&cursor=" + page1.text("next_cursor"))
			.bearer(buyer.customer().token())
			.send();

		assertThat(page1.status()).isEqualTo(200);
		assertThat(page1.json().path("items").findValues("id")).extracting((id) -> id.asLong())
			.containsExactly(third, second);
		assertThat(page2.json().path("items").findValues("id")).extracting((id) -> id.asLong()).containsExactly(first);
		assertThat(page2.json().path("next_cursor").isNull()).isTrue();
	}

	@Test
	void anOrderThatCostsNothingShouldCompleteAtOnce() {
		Buyer buyer = this.fixtures.buyer(0);

		Reply reply = this.fixtures.init(buyer, 25);

		assertThat(reply.text("status")).isEqualTo("succeeded");
		assertThat(reply.number("amount")).isZero();
		assertThat(reply.text("gateway")).isEqualTo("none");
		assertThat(reply.json().path("redirect_url").isNull()).isTrue();
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isEqualTo(25);
		assertThat(receipt(buyer.customer(), reply.number("payment_id")).text("completed_at")).isNotBlank();
	}

	@Test
	void aFullDiscountShouldCompleteAtOnceAndReturnToTheReturnUrl() {
		Buyer buyer = this.fixtures.buyer(50);
		String code = this.fixtures.discountCode(100, null, null);

		Reply reply = this.fixtures.init(buyer.customer(), Map.of("automation_id", buyer.automationId(), "tokens", 8,
				"discount_code", code, "return_url", "/billing/done"));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.text("status")).isEqualTo("succeeded");
		assertThat(reply.number("discount_amount")).isEqualTo(400);
		assertThat(reply.text("redirect_url"))
			.isEqualTo("/billing/done?payment_id=" + reply.number("payment_id") + "&status=succeeded");
		assertThat(this.fixtures.paidTokens(buyer.subscriptionId())).isEqualTo(8);
	}

	@Test
	void staffShouldListPaymentsFilteredByStatusAndUser() {
		Buyer buyer = this.fixtures.buyer(10);
		Reply paid = this.fixtures.init(buyer, 5);
		this.api.get(this.fixtures.link(paid, "pay")).send().expect(200);
		long pending = this.fixtures.init(buyer, 6).number("payment_id");
		Customer manager = this.fixtures.staff(Role.MANAGER);

		Reply succeeded = this.api.get("/api/admin/payments?status=succeeded&user_id=" + buyer.customer().id())
			.bearer(manager.token())
			.send();
		Reply all = this.api.get("/api/admin/payments?user_id=" + buyer.customer().id())
			.bearer(this.fixtures.staff(Role.SUPPORT_STAFF).token())
			.send();
		Reply badStatus = this.api.get("/api/admin/payments?status=paid").bearer(manager.token()).send();
		Reply customer = this.api.get("/api/admin/payments").bearer(buyer.customer().token()).send();

		assertThat(succeeded.status()).isEqualTo(200);
		assertThat(succeeded.json().path("items").findValues("id")).extracting((id) -> id.asLong())
			.containsExactly(paid.number("payment_id"));
		assertThat(succeeded.json().path("items").get(0).path("user_id").asLong()).isEqualTo(buyer.customer().id());
		assertThat(all.json().path("items").findValues("id")).extracting((id) -> id.asLong())
			.containsExactly(pending, paid.number("payment_id"));
		assertThat(badStatus.status()).isEqualTo(422);
		assertThat(customer.status()).isEqualTo(403);
	}

	private Reply receipt(Customer customer, long paymentId) {
		return this.api.get("/api/payments/" + paymentId).bearer(customer.token()).send();
	}

}
