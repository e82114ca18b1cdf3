package ai.zimmer.platform.audit;

import java.time.Instant;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ai.zimmer.platform.jdbc.Rows;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for managers, newest first.
 */
@RestController
class AuditController {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AuditController(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	@GetMapping("/api/admin/audit")
	@PreAuthorize("hasRole('MANAGER')")
	@Transactional(readOnly = true)
	CursorPage<AuditEvent> list(@RequestParam(name = "object_type", required = false) String objectType,
			@RequestParam(name = "object_id", required = false) String objectId,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		PageQuery page = PageQuery.of(limit, cursor);
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

	record AuditEvent(long id, Long actorId, String action, String objectType, String objectId, JsonNode details,
			Instant createdAt) {
	}

}
