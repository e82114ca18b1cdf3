package ai.zimmer.readiness.monitoring;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import ai.zimmer.readiness.http.Reply;
import tools.jackson.databind.JsonNode;

/**
 * Reads how many requests the deployment says it has served: the Prometheus request
 * counter when it is readable, otherwise a request count from
 * {@code /api/monitoring/metrics}.
 */
final class RequestCounter {

	private static final String PROMETHEUS_COUNTER = PrometheusText.REQUEST_HISTOGRAM + "_count";

	private static final Pattern COUNT_FIELD = Pattern
		.compile("(requests?_(count|total))|(total_requests?)|(request_count_total)");

	private final MonitoringAccess access;

	RequestCounter(MonitoringAccess access) {
		this.access = access;
	}

	Reading read() {
		Reply prometheus = this.access.prometheus();
		Optional<Double> fromPrometheus = (prometheus.status() == 200)
				? PrometheusText.sum(prometheus.body(), PROMETHEUS_COUNTER) : Optional.empty();
		if (fromPrometheus.isPresent()) {
			return new Reading(fromPrometheus, "Prometheus " + PROMETHEUS_COUNTER + " (all series)", "", false);
		}
		Reply metrics = this.access.get(MonitoringAccess.METRICS);
		Optional<Map.Entry<String, Double>> field = (metrics.status() == 200) ? countField("", metrics.json())
				: Optional.empty();
		if (field.isPresent()) {
			return new Reading(Optional.of(field.get().getValue()),
					MonitoringAccess.METRICS + " " + field.get().getKey(), "", false);
		}
		String problem = "no request counter: Prometheus answered " + prometheus.describe() + ", "
				+ MonitoringAccess.METRICS + " answered " + metrics.describe();
		boolean refused = MonitoringAccess.refused(prometheus) || MonitoringAccess.refused(metrics);
		return new Reading(Optional.empty(), "", problem, refused);
	}

	private static Optional<Map.Entry<String, Double>> countField(String path, JsonNode node) {
		for (Map.Entry<String, JsonNode> property : node.properties()) {
			String name = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
			JsonNode value = property.getValue();
			if (value.isNumber() && COUNT_FIELD.matcher(property.getKey().toLowerCase(Locale.ROOT)).matches()) {
				return Optional.of(Map.entry(name, value.asDouble()));
			}
			if (value.isObject()) {
				Optional<Map.Entry<String, Double>> nested = countField(name, value);
				if (nested.isPresent()) {
					return nested;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A reading of the request counter.
	 *
	 * @param count the count, empty when no counter could be read
	 * @param source where it was read
	 * @param problem why it could not be read, empty when it was
	 * @param refused whether a staff-only endpoint refused the caller
	 */
	record Reading(Optional<Double> count, String source, String problem, boolean refused) {

	}

}
