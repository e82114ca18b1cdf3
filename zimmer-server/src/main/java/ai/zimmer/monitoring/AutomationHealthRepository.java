package ai.zimmer.monitoring;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the health the integration probes last stored for each active automation. Read
 * only; the marketplace feature owns the table.
 */
@Repository
class AutomationHealthRepository {

	private final JdbcClient jdbc;

	AutomationHealthRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<AutomationHealth> activeAutomations() {
		return this.jdbc.sql("select id, health_status from automations where is_active order by id")
			.query((row, number) -> new AutomationHealth(row.getLong("id"), row.getString("health_status")))
			.list();
	}

	/**
	 * The stored health of one automation.
	 *
	 * @param id the automation's id
	 * @param status {@code unknown}, {@code healthy}, {@code degraded} or
	 * {@code unhealthy}
	 */
	record AutomationHealth(long id, String status) {

		boolean healthy() {
			return "healthy".equals(this.status);
		}

	}

}
