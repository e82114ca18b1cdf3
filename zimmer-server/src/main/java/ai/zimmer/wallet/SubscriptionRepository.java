package ai.zimmer.wallet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import ai.zimmer.platform.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubscriptionRepository {

	private static final String SELECT = "select s.id, s.user_id, s.automation_id, a.name as automation_name, "
			+ "s.demo_tokens, s.paid_tokens, s.is_demo_active, s.status, s.integration_status, "
			+ "s.telegram_bot_token is not null as has_bot_token, s.provisioned_at, s.created_at "
			+ "from user_automations s join automations a on a.id = s.automation_id ";

	private final JdbcClient jdbc;

	SubscriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long userId, long automationId, String botTokenCipher, byte[] botTokenDigest, long demoTokens) {
		return this.jdbc
			.sql("insert into user_automations (user_id, automation_id, telegram_bot_token, bot_token_digest, "
					+ "demo_tokens, paid_tokens, is_demo_active) values (?, ?, ?, ?, ?, 0, ?) returning id")
			.params(userId, automationId, botTokenCipher, botTokenDigest, demoTokens, demoTokens > 0)
			.query(Long.class)
			.single();
	}

	Optional<Subscription> findById(long id) {
		return this.jdbc.sql(SELECT + "where s.id = ?")
			.param(id)
			.query(SubscriptionRepository::subscription)
			.optional();
	}

	Optional<Subscription> findForAutomation(long id, long automationId) {
		return this.jdbc.sql(SELECT + "where s.id = ? and s.automation_id = ?")
			.params(id, automationId)
			.query(SubscriptionRepository::subscription)
			.optional();
	}

	Optional<Subscription> findByUserAndAutomation(long userId, long automationId) {
		return this.jdbc.sql(SELECT + "where s.user_id = ? and s.automation_id = ?")
			.params(userId, automationId)
			.query(SubscriptionRepository::subscription)
			.optional();
	}

	List<Subscription> pageForUser(long userId, Long after, int limit) {
		return this.jdbc
			.sql(SELECT + "where s.user_id = ? and (cast(? as bigint) is null or s.id > ?) order by s.id limit ?")
			.params(userId, after, after, limit)
			.query(SubscriptionRepository::subscription)
			.list();
	}

	List<Subscription> allForUser(long userId) {
		return this.jdbc.sql(SELECT + "where s.user_id = ? order by s.id")
			.param(userId)
			.query(SubscriptionRepository::subscription)
			.list();
	}

	List<Subscription> page(Long after, int limit) {
		return this.jdbc.sql(SELECT + "where (cast(? as bigint) is null or s.id > ?) order by s.id limit ?")
			.params(after, after, limit)
			.query(SubscriptionRepository::subscription)
			.list();
	}

	long count() {
		return this.jdbc.sql("select count(*) from user_automations").query(Long.class).single();
	}

	void markIntegration(long id, IntegrationStatus status, Instant provisionedAt, Instant now) {
		this.jdbc
			.sql("update user_automations set integration_status = ?, "
					+ "provisioned_at = coalesce(?, provisioned_at), updated_at = ? where id = ?")
			.params(status.value(), Rows.timestamp(provisionedAt), Rows.timestamp(now), id)
			.update();
	}

	Optional<String> findBotTokenCipher(long id) {
		return this.jdbc.sql("select telegram_bot_token from user_automations where id = ?")
			.param(id)
			.query((rs, row) -> rs.getString(1))
			.optional()
			.filter((cipher) -> cipher != null);
	}

	private static Subscription subscription(ResultSet rs, int row) throws SQLException {
		return new Subscription(rs.getLong("id"), rs.getLong("user_id"), rs.getLong("automation_id"),
				rs.getString("automation_name"), rs.getLong("demo_tokens"), rs.getLong("paid_tokens"),
				rs.getBoolean("is_demo_active"), SubscriptionStatus.fromValue(rs.getString("status")).orElseThrow(),
				IntegrationStatus.fromValue(rs.getString("integration_status")).orElseThrow(),
				rs.getBoolean("has_bot_token"), Rows.instant(rs, "provisioned_at"), Rows.instant(rs, "created_at"));
	}

}
