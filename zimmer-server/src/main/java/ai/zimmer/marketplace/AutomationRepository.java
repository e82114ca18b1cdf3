package ai.zimmer.marketplace;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ai.zimmer.platform.jdbc.Rows;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AutomationRepository {

	static final String LISTED = "is_active and is_listed and service_token_hash is not null "
			+ "and health_status = 'healthy'";

	private static final String COLUMNS = "id, name, description, pricing_type, price_per_token, is_active, is_listed, "
			+ "health_check_url, provision_url, kb_status_url, kb_reset_url, service_token_hash is not null as has_token, "
			+ "health_status, last_health_at, cast(health_details as varchar) as health_details, created_at, updated_at";

	private static final String FILTERS = "(cast(? as varchar) is null or lower(name) like ? or lower(description) like ?)"
			+ " and (cast(? as varchar) is null or pricing_type = ?)";

	private final JdbcClient jdbc;

	AutomationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Automation> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from automations where id = ?")
			.param(id)
			.query(AutomationRepository::automation)
			.optional();
	}

	List<Automation> listedPage(String query, PricingType pricingType, Long after, int limit) {
		String pattern = pattern(query);
		String type = (pricingType != null) ? pricingType.value() : null;
		return this.jdbc
			.sql("select " + COLUMNS + " from automations where " + LISTED + " and " + FILTERS
					+ " and (cast(? as bigint) is null or id > ?) order by id limit ?")
			.params(pattern, pattern, pattern, type, type, after, after, limit)
			.query(AutomationRepository::automation)
			.list();
	}

	Optional<StoredServiceToken> findServiceToken(UUID tokenId) {
		return this.jdbc
			.sql("select id, service_token_id, service_token_hash, previous_token_id, previous_token_hash, "
					+ "previous_token_valid_until, is_active from automations "
					+ "where service_token_id = ? or previous_token_id = ?")
			.params(tokenId, tokenId)
			.query((rs, row) -> StoredServiceToken.of(tokenId, rs.getLong("id"),
					rs.getObject("service_token_id", UUID.class), rs.getBytes("service_token_hash"),
					rs.getObject("previous_token_id", UUID.class), rs.getBytes("previous_token_hash"),
					Rows.instant(rs, "previous_token_valid_until"), rs.getBoolean("is_active")))
			.optional();
	}

	Optional<String> findServiceTokenCipher(long id) {
		return this.jdbc.sql("select service_token_cipher from automations where id = ?")
			.param(id)
			.query(String.class)
			.optional();
	}

	/**
	 * Makes a new token current and keeps the replaced one valid until
	 * {@code previousValidUntil}.
	 * @return empty when the automation does not exist, otherwise whether a previous
	 * token was replaced
	 */
	Optional<Boolean> rotateServiceToken(long id, UUID tokenId, byte[] hash, String cipher, Instant previousValidUntil,
			Instant now) {
		return this.jdbc
			.sql("update automations set previous_token_id = service_token_id, "
					+ "previous_token_hash = service_token_hash, "
					+ "previous_token_valid_until = case when service_token_id is null then null else ? end, "
					+ "service_token_id = ?, service_token_hash = ?, service_token_cipher = ?, updated_at = ? "
					+ "where id = ? returning previous_token_id is not null as replaced")
			.params(Rows.timestamp(previousValidUntil), tokenId, hash, cipher, Rows.timestamp(now), id)
			.query(Boolean.class)
			.optional();
	}

	long insert(AutomationDraft draft, Instant now) {
		return this.jdbc
			.sql("insert into automations (name, description, pricing_type, price_per_token, is_active, is_listed, "
					+ "health_check_url, provision_url, kb_status_url, kb_reset_url, created_at, updated_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
			.params(draft.name(), draft.description(), draft.pricingType().value(), draft.pricePerToken(),
					draft.isActive(), draft.isListed(), draft.healthCheckUrl(), draft.provisionUrl(),
					draft.kbStatusUrl(), draft.kbResetUrl(), Rows.timestamp(now), Rows.timestamp(now))
			.query(Long.class)
			.single();
	}

	/**
	 * Reads an automation and locks its row until the transaction ends, so that
	 * concurrent changes apply one after the other.
	 */
	Optional<Automation> findByIdForUpdate(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from automations where id = ? for update")
			.param(id)
			.query(AutomationRepository::automation)
			.optional();
	}

	void update(long id, AutomationDraft draft, Instant now) {
		this.jdbc
			.sql("update automations set name = ?, description = ?, pricing_type = ?, price_per_token = ?, "
					+ "is_active = ?, is_listed = ?, health_check_url = ?, provision_url = ?, kb_status_url = ?, "
					+ "kb_reset_url = ?, updated_at = ? where id = ?")
			.params(draft.name(), draft.description(), draft.pricingType().value(), draft.pricePerToken(),
					draft.isActive(), draft.isListed(), draft.healthCheckUrl(), draft.provisionUrl(),
					draft.kbStatusUrl(), draft.kbResetUrl(), Rows.timestamp(now), id)
			.update();
	}

	void recordHealth(long id, HealthStatus status, Instant at, String detailsJson) {
		this.jdbc
			.sql("update automations set health_status = ?, last_health_at = ?, "
					+ "health_details = cast(? as jsonb) where id = ?")
			.params(status.value(), Rows.timestamp(at), detailsJson, id)
			.update();
	}

	List<Automation> page(String query, PricingType pricingType, Long after, int limit) {
		String pattern = pattern(query);
		String type = (pricingType != null) ? pricingType.value() : null;
		return this.jdbc
			.sql("select " + COLUMNS + " from automations where " + FILTERS
					+ " and (cast(? as bigint) is null or id > ?) order by id limit ?")
			.params(pattern, pattern, pattern, type, type, after, after, limit)
			.query(AutomationRepository::automation)
			.list();
	}

	long count(String query, PricingType pricingType) {
		String pattern = pattern(query);
		String type = (pricingType != null) ? pricingType.value() : null;
		return this.jdbc.sql("select count(*) from automations where " + FILTERS)
			.params(pattern, pattern, pattern, type, type)
			.query(Long.class)
			.single();
	}

	/**
	 * Active automations with a health URL whose last probe is older than
	 * {@code probedBefore}, or that were never probed.
	 */
	List<Automation> dueForHealthProbe(Instant probedBefore) {
		return this.jdbc
			.sql("select " + COLUMNS + " from automations where is_active and health_check_url is not null "
					+ "and (last_health_at is null or last_health_at < ?) order by id")
			.param(Rows.timestamp(probedBefore))
			.query(AutomationRepository::automation)
			.list();
	}

	private static String pattern(String query) {
		return (query != null) ? "%" + escapeLike(query.toLowerCase()) + "%" : null;
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	static Automation automation(ResultSet rs, int row) throws SQLException {
		return new Automation(rs.getLong("id"), rs.getString("name"), rs.getString("description"),
				PricingType.fromValue(rs.getString("pricing_type")).orElseThrow(), rs.getLong("price_per_token"),
				rs.getBoolean("is_active"), rs.getBoolean("is_listed"), rs.getString("health_check_url"),
				rs.getString("provision_url"), rs.getString("kb_status_url"), rs.getString("kb_reset_url"),
				rs.getBoolean("has_token"), HealthStatus.fromValue(rs.getString("health_status")).orElseThrow(),
				Rows.instant(rs, "last_health_at"), rs.getString("health_details"), Rows.instant(rs, "created_at"),
				Rows.instant(rs, "updated_at"));
	}

}
