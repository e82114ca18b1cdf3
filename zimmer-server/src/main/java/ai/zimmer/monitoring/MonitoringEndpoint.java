package ai.zimmer.monitoring;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * The detailed monitoring views as an actuator endpoint ({@code /actuator/monitoring}),
 * for deployments that bind actuator to a separate management port reachable only by
 * operators. On the main port it is for staff, like the monitoring API.
 */
@Endpoint(id = "monitoring")
class MonitoringEndpoint {

	private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
	};

	private final MonitoringReports reports;

	private final JsonMapper jsonMapper;

	/**
	 * @param jsonMapper the application's mapper, so that the views have the same
	 * snake_case shape as in the API (actuator serialises with its own mapper)
	 */
	MonitoringEndpoint(MonitoringReports reports, JsonMapper jsonMapper) {
		this.reports = reports;
		this.jsonMapper = jsonMapper;
	}

	@ReadOperation
	Map<String, Object> monitoring() {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("health", this.reports.health().report(true));
		all.put("metrics", this.reports.metrics().report());
		all.put("alerts", this.reports.alerts());
		all.put("database", this.reports.components().database());
		all.put("cache", this.reports.components().cache());
		all.put("performance", this.reports.performance().report());
		return this.jsonMapper.convertValue(all, JSON_OBJECT);
	}

}
