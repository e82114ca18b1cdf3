package ai.zimmer.platform.audit;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

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

	public void record(Long actorId, String action, String objectType, Object objectId, Map<String, ?> details) {
		this.jdbc
			.sql("insert into audit_events (actor_id, action, object_type, object_id, details) "
					+ "values (?, ?, ?, ?, cast(? as jsonb))")
			.params(actorId, action, objectType, String.valueOf(objectId), this.json.writeValueAsString(details))
			.update();
	}

}
