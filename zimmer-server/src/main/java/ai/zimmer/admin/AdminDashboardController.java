package ai.zimmer.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import ai.zimmer.account.AccountService;
import ai.zimmer.account.AccountService.AccountStatistics;
import ai.zimmer.billing.PaymentService;
import ai.zimmer.billing.PaymentStatistics;
import ai.zimmer.wallet.WalletQueries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff dashboard: totals across features with their change over the last 24 hours.
 */
@RestController
class AdminDashboardController {

	private static final Duration DAY = Duration.ofHours(24);

	private final AccountService accounts;

	private final WalletQueries wallets;

	private final PaymentService payments;

	private final Clock clock;

	AdminDashboardController(AccountService accounts, WalletQueries wallets, PaymentService payments, Clock clock) {
		this.accounts = accounts;
		this.wallets = wallets;
		this.payments = payments;
		this.clock = clock;
	}

	@GetMapping("/api/admin/dashboard")
	AdminDashboard dashboard() {
		Instant since = this.clock.instant().minus(DAY);
		AccountStatistics users = this.accounts.statistics(since);
		PaymentStatistics money = this.payments.statistics(since);
		Totals totals = new Totals(users.users(), users.customers(), this.wallets.subscriptionCount(),
				money.succeededPayments(), money.revenue(), this.wallets.unitsUsedSince(Instant.EPOCH));
		Deltas last24Hours = new Deltas(users.newUsers(), money.succeededPaymentsSince(), money.revenueSince(),
				this.wallets.unitsUsedSince(since));
		return new AdminDashboard(totals, last24Hours, this.clock.instant());
	}

	record AdminDashboard(Totals totals, @JsonProperty("last_24_hours") Deltas last24Hours, Instant generatedAt) {
	}

	record Totals(long users, long customers, long subscriptions, long succeededPayments, long revenue,
			long tokensConsumed) {
	}

	record Deltas(long newUsers, long succeededPayments, long revenue, long tokensConsumed) {
	}

}
