package ai.zimmer.billing;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ai.zimmer.platform.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DiscountRepository {

	private static final String SELECT = "select d.id, d.code, d.percent_off, d.starts_at, d.ends_at, "
			+ "d.max_redemptions, d.per_user_limit, d.redemptions, d.is_active, d.created_at, d.updated_at, "
			+ "array(select m.automation_id from discount_code_automations m where m.discount_code_id = d.id "
			+ "order by m.automation_id) as automation_ids from discount_codes d ";

	private final JdbcClient jdbc;

	DiscountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(DiscountTerms terms, Instant now) {
		return this.jdbc
			.sql("insert into discount_codes (code, percent_off, starts_at, ends_at, max_redemptions, per_user_limit, "
					+ "is_active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(terms.code(), terms.percentOff(), Rows.timestamp(terms.startsAt()), Rows.timestamp(terms.endsAt()),
					terms.maxRedemptions(), terms.perUserLimit(), terms.active(), Rows.timestamp(now),
					Rows.timestamp(now))
			.query(Long.class)
			.single();
	}

	void update(long id, DiscountTerms terms, Instant now) {
		this.jdbc
			.sql("update discount_codes set percent_off = ?, starts_at = ?, ends_at = ?, max_redemptions = ?, "
					+ "per_user_limit = ?, is_active = ?, updated_at = ? where id = ?")
			.params(terms.percentOff(), Rows.timestamp(terms.startsAt()), Rows.timestamp(terms.endsAt()),
					terms.maxRedemptions(), terms.perUserLimit(), terms.active(), Rows.timestamp(now), id)
			.update();
	}

	void replaceAutomations(long id, List<Long> automationIds) {
		this.jdbc.sql("delete from discount_code_automations where discount_code_id = ?").param(id).update();
		for (long automationId : automationIds) {
			this.jdbc
				.sql("insert into discount_code_automations (discount_code_id, automation_id) values (?, ?) "
						+ "on conflict do nothing")
				.params(id, automationId)
				.update();
		}
	}

	Optional<DiscountCode> findById(long id) {
		return this.jdbc.sql(SELECT + "where d.id = ?").param(id).query(DiscountRepository::discountCode).optional();
	}

	Optional<DiscountCode> findByCode(String code) {
		return this.jdbc.sql(SELECT + "where d.code = ?")
			.param(code)
			.query(DiscountRepository::discountCode)
			.optional();
	}

	List<DiscountCode> page(Long after, int limit) {
		return this.jdbc.sql(SELECT + "where (cast(? as bigint) is null or d.id > ?) order by d.id limit ?")
			.params(after, after, limit)
			.query(DiscountRepository::discountCode)
			.list();
	}

	/**
	 * Locks the code's row so that redemptions of one code are counted one at a time.
	 */
	void lock(long id) {
		this.jdbc.sql("select id from discount_codes where id = ? for update").param(id).query(Long.class).single();
	}

	/**
	 * Counts one redemption unless the code has reached its maximum.
	 */
	boolean countRedemption(long id) {
		return this.jdbc
			.sql("update discount_codes set redemptions = redemptions + 1 "
					+ "where id = ? and (max_redemptions is null or redemptions < max_redemptions)")
			.param(id)
			.update() == 1;
	}

	long redemptionsBy(long id, long userId) {
		return this.jdbc.sql("select count(*) from discount_redemptions where discount_code_id = ? and user_id = ?")
			.params(id, userId)
			.query(Long.class)
			.single();
	}

	void insertRedemption(long id, long userId, long paymentId, boolean withinLimit, Instant now) {
		this.jdbc
			.sql("insert into discount_redemptions (discount_code_id, user_id, payment_id, within_limit, created_at) "
					+ "values (?, ?, ?, ?, ?)")
			.params(id, userId, paymentId, withinLimit, Rows.timestamp(now))
			.update();
	}

	private static DiscountCode discountCode(ResultSet rs, int row) throws SQLException {
		return new DiscountCode(rs.getLong("id"), rs.getString("code"), rs.getInt("percent_off"),
				Rows.instant(rs, "starts_at"), Rows.instant(rs, "ends_at"), nullableInt(rs, "max_redemptions"),
				nullableInt(rs, "per_user_limit"), rs.getInt("redemptions"), rs.getBoolean("is_active"),
				longs(rs.getArray("automation_ids")), Rows.instant(rs, "created_at"), Rows.instant(rs, "updated_at"));
	}

	private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static List<Long> longs(Array array) throws SQLException {
		return Arrays.stream((Long[]) array.getArray()).toList();
	}

	/**
	 * The settable part of a discount code.
	 */
	record DiscountTerms(String code, int percentOff, Instant startsAt, Instant endsAt, Integer maxRedemptions,
			Integer perUserLimit, boolean active) {
	}

}
