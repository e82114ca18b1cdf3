package ai.zimmer.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ai.zimmer.platform.jdbc.Rows;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who did what to which object, for every staff action and every money or token
 * movement. Joins the caller's transaction so that an action and its audit event commit
 * together.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * Audit events newest first, optionally of one object type and id.
	 */
	@Transactional(readOnly = true)
	public CursorPage<AuditEvent> page(String objectType, String objectId, PageQuery page) {
		List<AuditEvent> events = this.jdbc
			.sql("select id, actor_id, action, object_type, object_id, cast(details as varchar) as details, "
					+ "created_at from audit_events where (cast(? as varchar) is null or object_type = ?) "
					+ "and (cast(? as varchar) is null or object_id = ?) "
					+ "and (cast(? as bigint) is null or id < ?) order by id desc limit ?")
			.params(objectType, objectType, objectId, objectId, page.after(), page.after(), page.fetchSize())
			.query((rs, row) -> new AuditEvent(rs.getLong("id"), Rows.nullableLong(rs, "actor_id"),
					rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
					this.json.readTree(rs.getString("details")), Rows.instant(rs, "created_at")))
			.list();
		return page.page(events, AuditEvent::id);
	}

	public void record(Long actorId, String action, String objectType, Object objectId, Map<String, ?> details) {
		this.jdbc
			.sql("insert into audit_events (actor_id, action, object_type, object_id, details) "
					+ "values (?, ?, ?, ?, cast(? as jsonb))")
			.params(actorId, action, objectType, String.valueOf(objectId), this.json.writeValueAsString(details))
			.update();
	}

	/**
	 * One recorded action.
	 */
	public record AuditEvent(long id, Long actorId, String action, String objectType, String objectId, JsonNode details,
			Instant createdAt) {
	}

}
