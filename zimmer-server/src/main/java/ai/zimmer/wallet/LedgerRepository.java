package ai.zimmer.wallet;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every balance change, each as one conditional statement plus its ledger row: no
 * read-modify-write in Java.
 */
@Repository
class LedgerRepository {

	private final JdbcClient jdbc;

	LedgerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Spends demo tokens first, then paid ones, all or nothing: the row is locked, and
	 * nothing changes unless the whole amount is covered.
	 */
	Optional<Spend> spend(long subscriptionId, long automationId, long units) {
		return this.jdbc
			.sql("with target as (select id, least(demo_tokens, ?) as demo_units from user_automations "
					+ "where id = ? and automation_id = ? and status = 'active' for no key update) "
					+ "update user_automations s set demo_tokens = s.demo_tokens - t.demo_units, "
					+ "paid_tokens = s.paid_tokens - (? - t.demo_units), "
					+ "is_demo_active = s.demo_tokens - t.demo_units > 0, updated_at = now() "
					+ "from target t where s.id = t.id and s.demo_tokens + s.paid_tokens >= ? "
					+ "returning t.demo_units, s.demo_tokens, s.paid_tokens")
			.params(units, subscriptionId, automationId, units, units)
			.query((rs, row) -> new Spend(rs.getLong("demo_units"), units - rs.getLong("demo_units"),
					rs.getLong("demo_tokens"), rs.getLong("paid_tokens")))
			.optional();
	}

	long creditPaid(long subscriptionId, long tokens) {
		return this.jdbc
			.sql("update user_automations set paid_tokens = paid_tokens + ?, updated_at = now() where id = ? "
					+ "returning paid_tokens")
			.params(tokens, subscriptionId)
			.query(Long.class)
			.single();
	}

	/**
	 * Adds a signed delta to the paid tokens unless that would make them negative.
	 */
	Optional<Long> adjustPaid(long subscriptionId, long delta) {
		return this.jdbc
			.sql("update user_automations set paid_tokens = paid_tokens + ?, updated_at = now() "
					+ "where id = ? and paid_tokens + ? >= 0 returning paid_tokens")
			.params(delta, subscriptionId, delta)
			.query(Long.class)
			.optional();
	}

	void append(long subscriptionId, LedgerKind kind, long demoDelta, long paidDelta, Long referenceId) {
		this.jdbc
			.sql("insert into wallet_ledger (user_automation_id, kind, demo_delta, paid_delta, reference_id) "
					+ "values (?, ?, ?, ?, ?)")
			.params(subscriptionId, kind.value(), demoDelta, paidDelta, referenceId)
			.update();
	}

	LedgerTotals totals(long subscriptionId) {
		return this.jdbc
			.sql("select coalesce(sum(demo_delta), 0) as demo, coalesce(sum(paid_delta), 0) as paid "
					+ "from wallet_ledger where user_automation_id = ?")
			.param(subscriptionId)
			.query((rs, row) -> new LedgerTotals(rs.getLong("demo"), rs.getLong("paid")))
			.single();
	}

	/**
	 * What one spend took from each kind of token and what it left.
	 */
	record Spend(long demoUnits, long paidUnits, long remainingDemo, long remainingPaid) {
	}

	/**
	 * The sums of a wallet's ledger, which must always equal its balances.
	 */
	record LedgerTotals(long demo, long paid) {
	}

	enum LedgerKind {

		DEMO_GRANT, USAGE, PAYMENT, ADJUSTMENT;

		String value() {
			return name().toLowerCase();
		}

	}

}
