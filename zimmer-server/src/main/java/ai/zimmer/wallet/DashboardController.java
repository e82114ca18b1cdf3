package ai.zimmer.wallet;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import ai.zimmer.account.AccountService;
import ai.zimmer.account.UserView;
import ai.zimmer.platform.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The customer's own views of wallets and usage.
 */
@RestController
class DashboardController {

	private final AccountService accounts;

	private final WalletQueries queries;

	DashboardController(AccountService accounts, WalletQueries queries) {
		this.accounts = accounts;
		this.queries = queries;
	}

	@GetMapping("/api/user/dashboard")
	Dashboard dashboard(Caller caller) {
		List<SubscriptionView> subscriptions = this.queries.allOf(caller.userId())
			.stream()
			.map(SubscriptionView::of)
			.toList();
		Totals totals = new Totals(subscriptions.stream().mapToLong(SubscriptionView::demoTokens).sum(),
				subscriptions.stream().mapToLong(SubscriptionView::paidTokens).sum());
		// Notifications arrive with the support and notification feature; until then no
		// user has any.
		return new Dashboard(this.accounts.profile(caller.userId()), subscriptions, totals,
				this.queries.dailyUsage(caller.userId(), UsageRange.LAST_7_DAYS.days()), 0);
	}

	@GetMapping("/api/user/usage")
	UsageSeries usage(Caller caller, @RequestParam(required = false) String range) {
		UsageRange parsed = UsageRange.parse(range);
		List<DailyUsage> series = this.queries.dailyUsage(caller.userId(), parsed.days());
		return new UsageSeries(parsed.value(), series, series.stream().mapToLong(DailyUsage::units).sum());
	}

	@GetMapping("/api/user/usage/distribution")
	UsageDistribution distribution(Caller caller, @RequestParam(required = false) String range) {
		UsageRange parsed = UsageRange.parse(range);
		List<AutomationUsage> items = this.queries.usageDistribution(caller.userId(), parsed.days());
		long total = items.stream().mapToLong(AutomationUsage::units).sum();
		return new UsageDistribution(parsed.value(), total,
				items.stream()
					.map((item) -> new Share(item.automationId(), item.automationName(), item.units(),
							(total == 0) ? 0 : Math.round(item.units() * 10000.0 / total) / 100.0))
					.toList());
	}

	record Dashboard(UserView user, List<SubscriptionView> subscriptions, Totals totals,
			@JsonProperty("usage_last_7_days") List<DailyUsage> usageLast7Days, long unreadNotifications) {
	}

	record Totals(long demoTokens, long paidTokens) {
	}

	record UsageSeries(String range, List<DailyUsage> series, long total) {
	}

	record UsageDistribution(String range, long total, List<Share> items) {
	}

	record Share(long automationId, String automationName, long units, double percent) {
	}

}
