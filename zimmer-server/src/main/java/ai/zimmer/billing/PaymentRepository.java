package ai.zimmer.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ai.zimmer.platform.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PaymentRepository {

	private static final String SELECT = "select p.id, p.user_id, p.automation_id, a.name as automation_name, "
			+ "p.user_automation_id, p.tokens, p.amount, p.discount_code_id, p.discount_code, p.discount_amount, "
			+ "p.gateway, p.authority, p.ref_id, p.return_url, p.status, p.created_at, p.completed_at "
			+ "from payments p join automations a on a.id = p.automation_id ";

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewPayment payment, Instant now) {
		return this.jdbc
			.sql("insert into payments (user_id, automation_id, user_automation_id, tokens, amount, discount_code_id, "
					+ "discount_code, discount_amount, gateway, return_url, status, created_at, updated_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?) returning id")
			.params(payment.userId(), payment.automationId(), payment.subscriptionId(), payment.tokens(),
					payment.amount(), payment.discountCodeId(), payment.discountCode(), payment.discountAmount(),
					payment.gateway(), payment.returnUrl(), Rows.timestamp(now), Rows.timestamp(now))
			.query(Long.class)
			.single();
	}

	boolean attachAuthority(long id, String authority, Instant now) {
		return this.jdbc
			.sql("update payments set authority = ?, updated_at = ? "
					+ "where id = ? and status = 'pending' and authority is null")
			.params(authority, Rows.timestamp(now), id)
			.update() == 1;
	}

	/**
	 * Moves a pending payment to a final status; {@code false} when it was no longer
	 * pending (a concurrent or replayed callback got there first).
	 */
	boolean complete(long id, PaymentStatus status, String refId, Instant now) {
		return this.jdbc
			.sql("update payments set status = ?, ref_id = ?, completed_at = ?, updated_at = ? "
					+ "where id = ? and status = 'pending'")
			.params(status.value(), refId, Rows.timestamp(now), Rows.timestamp(now), id)
			.update() == 1;
	}

	Optional<Payment> findById(long id) {
		return this.jdbc.sql(SELECT + "where p.id = ?").param(id).query(PaymentRepository::payment).optional();
	}

	Optional<Payment> findByAuthority(String authority) {
		return this.jdbc.sql(SELECT + "where p.authority = ?")
			.param(authority)
			.query(PaymentRepository::payment)
			.optional();
	}

	/**
	 * Newest first: {@code before} is the id of the last payment already seen.
	 */
	List<Payment> pageForUser(long userId, Long before, int limit) {
		return this.jdbc
			.sql(SELECT + "where p.user_id = ? and (cast(? as bigint) is null or p.id < ?) order by p.id desc limit ?")
			.params(userId, before, before, limit)
			.query(PaymentRepository::payment)
			.list();
	}

	List<Payment> page(PaymentStatus status, Long userId, Long before, int limit) {
		String statusValue = (status != null) ? status.value() : null;
		return this.jdbc
			.sql(SELECT + "where (cast(? as varchar) is null or p.status = ?) "
					+ "and (cast(? as bigint) is null or p.user_id = ?) "
					+ "and (cast(? as bigint) is null or p.id < ?) order by p.id desc limit ?")
			.params(statusValue, statusValue, userId, userId, before, before, limit)
			.query(PaymentRepository::payment)
			.list();
	}

	private static Payment payment(ResultSet rs, int row) throws SQLException {
		return new Payment(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("automation_id"),
				rs.getString("automation_name"), rs.getLong("user_automation_id"), rs.getLong("tokens"),
				rs.getLong("amount"), Rows.nullableLong(rs, "discount_code_id"), rs.getString("discount_code"),
				rs.getLong("discount_amount"), rs.getString("gateway"), rs.getString("authority"),
				rs.getString("ref_id"), rs.getString("return_url"),
				PaymentStatus.fromValue(rs.getString("status")).orElseThrow(), Rows.instant(rs, "created_at"),
				Rows.instant(rs, "completed_at"));
	}

	/**
	 * A payment about to be stored.
	 */
	record NewPayment(long userId, long automationId, long subscriptionId, long tokens, long amount,
			Long discountCodeId, String discountCode, long discountAmount, String gateway, String returnUrl) {
	}

	PaymentStatistics statistics(Instant since) {
		return this.jdbc
			.sql("select count(*) filter (where status = 'succeeded') as succeeded, "
					+ "coalesce(sum(amount) filter (where status = 'succeeded'), 0) as revenue, "
					+ "count(*) filter (where status = 'succeeded' and completed_at >= ?) as succeeded_since, "
					+ "coalesce(sum(amount) filter (where status = 'succeeded' and completed_at >= ?), 0) "
					+ "as revenue_since from payments")
			.params(Rows.timestamp(since), Rows.timestamp(since))
			.query((rs, row) -> new PaymentStatistics(rs.getLong("succeeded"), rs.getLong("revenue"),
					rs.getLong("succeeded_since"), rs.getLong("revenue_since")))
			.single();
	}

}
