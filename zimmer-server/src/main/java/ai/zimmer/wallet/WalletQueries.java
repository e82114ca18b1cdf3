package ai.zimmer.wallet;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read models of wallets: subscription lists, usage series and totals.
 */
@Service
public class WalletQueries {

	private final SubscriptionRepository subscriptions;

	private final UsageRepository usage;

	private final Clock clock;

	WalletQueries(SubscriptionRepository subscriptions, UsageRepository usage, Clock clock) {
		this.subscriptions = subscriptions;
		this.usage = usage;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CursorPage<Subscription> subscriptionsOf(long userId, PageQuery page) {
		return page.page(this.subscriptions.pageForUser(userId, page.after(), page.fetchSize()), Subscription::id);
	}

	@Transactional(readOnly = true)
	public CursorPage<Subscription> allSubscriptions(PageQuery page) {
		return page.page(this.subscriptions.page(page.after(), page.fetchSize()), Subscription::id);
	}

	@Transactional(readOnly = true)
	public List<Subscription> allOf(long userId) {
		return this.subscriptions.allForUser(userId);
	}

	/**
	 * Units used per UTC day over the last {@code days} days, today included, with zero
	 * for days without use.
	 */
	@Transactional(readOnly = true)
	public List<DailyUsage> dailyUsage(long userId, int days) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate first = today.minusDays(days - 1L);
		Map<LocalDate, Long> used = this.usage.dailyForUser(userId, first.atStartOfDay(ZoneOffset.UTC).toInstant())
			.stream()
			.collect(Collectors.toMap(DailyUsage::day, DailyUsage::units));
		List<DailyUsage> series = new ArrayList<>(days);
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			series.add(new DailyUsage(day, used.getOrDefault(day, 0L)));
		}
		return series;
	}

	@Transactional(readOnly = true)
	public List<AutomationUsage> usageDistribution(long userId, int days) {
		Instant since = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC)
			.minusDays(days - 1L)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		return this.usage.distributionForUser(userId, since);
	}

	@Transactional(readOnly = true)
	public long subscriptionCount() {
		return this.subscriptions.count();
	}

	@Transactional(readOnly = true)
	public long unitsUsedSince(Instant since) {
		return this.usage.unitsSince(since);
	}

}
