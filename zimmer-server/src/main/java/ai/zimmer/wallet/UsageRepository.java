package ai.zimmer.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ai.zimmer.platform.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UsageRepository {

	private final JdbcClient jdbc;

	UsageRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a vendor request id; a concurrent claim of the same id waits for this one to
	 * commit and then finds it.
	 */
	boolean claimRequest(long automationId, String requestId, long subscriptionId) {
		return this.jdbc
			.sql("insert into usage_requests (automation_id, request_id, user_automation_id, accepted, "
					+ "remaining_demo_tokens, remaining_paid_tokens) values (?, ?, ?, false, 0, 0) "
					+ "on conflict do nothing")
			.params(automationId, requestId, subscriptionId)
			.update() == 1;
	}

	Optional<UsageOutcome> findOutcome(long automationId, String requestId) {
		return this.jdbc
			.sql("select accepted, remaining_demo_tokens, remaining_paid_tokens from usage_requests "
					+ "where automation_id = ? and request_id = ?")
			.params(automationId, requestId)
			.query((rs, row) -> new UsageOutcome(rs.getBoolean("accepted"), rs.getLong("remaining_demo_tokens"),
					rs.getLong("remaining_paid_tokens"), "Already processed: the original outcome is returned"))
			.optional();
	}

	void recordOutcome(long automationId, String requestId, UsageOutcome outcome) {
		this.jdbc
			.sql("update usage_requests set accepted = ?, remaining_demo_tokens = ?, remaining_paid_tokens = ? "
					+ "where automation_id = ? and request_id = ?")
			.params(outcome.accepted(), outcome.remainingDemoTokens(), outcome.remainingPaidTokens(), automationId,
					requestId)
			.update();
	}

	long insert(Subscription subscription, long demoUnits, long paidUnits, String usageType, String requestId,
			String metaJson) {
		return this.jdbc
			.sql("insert into token_usage (user_automation_id, user_id, automation_id, units, demo_units, "
					+ "paid_units, usage_type, request_id, meta) values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb)) "
					+ "returning id")
			.params(subscription.id(), subscription.userId(), subscription.automationId(), demoUnits + paidUnits,
					demoUnits, paidUnits, usageType, requestId, metaJson)
			.query(Long.class)
			.single();
	}

	List<DailyUsage> dailyForUser(long userId, Instant since) {
		return this.jdbc
			.sql("select cast(date_trunc('day', created_at at time zone 'UTC') as date) as day, sum(units) as units "
					+ "from token_usage where user_id = ? and created_at >= ? group by 1 order by 1")
			.params(userId, Rows.timestamp(since))
			.query((rs, row) -> new DailyUsage(rs.getObject("day", LocalDate.class), rs.getLong("units")))
			.list();
	}

	List<AutomationUsage> distributionForUser(long userId, Instant since) {
		return this.jdbc
			.sql("select u.automation_id, a.name, sum(u.units) as units from token_usage u "
					+ "join automations a on a.id = u.automation_id where u.user_id = ? and u.created_at >= ? "
					+ "group by u.automation_id, a.name order by units desc, u.automation_id")
			.params(userId, Rows.timestamp(since))
			.query((rs, row) -> new AutomationUsage(rs.getLong("automation_id"), rs.getString("name"),
					rs.getLong("units")))
			.list();
	}

	long unitsSince(Instant since) {
		return this.jdbc.sql("select coalesce(sum(units), 0) from token_usage where created_at >= ?")
			.param(Rows.timestamp(since))
			.query(Long.class)
			.single();
	}

}
