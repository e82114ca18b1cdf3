package ai.zimmer.wallet;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AdjustmentRepository {

	private final JdbcClient jdbc;

	AdjustmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts the adjustment unless its idempotency key was used before; then it returns
	 * empty.
	 */
	Optional<Long> insert(TokenAdjustment adjustment, long adminId) {
		return this.jdbc
			.sql("insert into token_adjustments (user_automation_id, admin_id, delta, reason, note, "
					+ "related_payment_id, idempotency_key) values (?, ?, ?, ?, ?, ?, ?) "
					+ "on conflict (idempotency_key) do nothing returning id")
			.params(adjustment.userAutomationId(), adminId, adjustment.delta(), adjustment.reason(), adjustment.note(),
					adjustment.relatedPaymentId(), adjustment.idempotencyKey())
			.query(Long.class)
			.optional();
	}

	Optional<StoredAdjustment> findByKey(String idempotencyKey) {
		return this.jdbc.sql("select id, user_automation_id, delta from token_adjustments where idempotency_key = ?")
			.param(idempotencyKey)
			.query((rs, row) -> new StoredAdjustment(rs.getLong("id"), rs.getLong("user_automation_id"),
					rs.getLong("delta")))
			.optional();
	}

	record StoredAdjustment(long id, long userAutomationId, long delta) {
	}

}
