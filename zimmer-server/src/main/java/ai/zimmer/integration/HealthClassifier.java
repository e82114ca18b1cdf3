package ai.zimmer.integration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ai.zimmer.integration.VendorOutcome.Answered;
import ai.zimmer.integration.VendorOutcome.Unreachable;
import ai.zimmer.marketplace.HealthStatus;

/**
 * The health verdict of the integration contract: HTTP 200 with a JSON object holding
 * {@code status}, {@code version} and {@code uptime} is healthy when the status is
 * {@code ok}, {@code healthy} or {@code up} (in any letter case) and degraded otherwise;
 * anything else is unhealthy.
 */
final class HealthClassifier {

	private static final Set<String> HEALTHY_STATUSES = Set.of("ok", "healthy", "up");

	private static final List<String> REQUIRED_KEYS = List.of("status", "version", "uptime");

	private static final int MAX_TEXT = 100;

	private final JsonMapper json;

	HealthClassifier(JsonMapper json) {
		this.json = json;
	}

	HealthProbe classify(VendorOutcome outcome) {
		return switch (outcome) {
			case Unreachable unreachable -> unhealthy(outcome, null, unreachable.reason());
			case Answered answered when !answered.isOk() ->
				unhealthy(outcome, answered.status(), "unexpected HTTP status " + answered.status());
			case Answered answered -> report(answered);
		};
	}

	private HealthProbe report(Answered answered) {
		JsonNode body;
		try {
			body = this.json.readTree(answered.body());
		}
		catch (JacksonException ex) {
			return unhealthy(answered, 200, "the answer is not JSON");
		}
		if (body == null || !body.isObject()) {
			return unhealthy(answered, 200, "the answer is not a JSON object");
		}
		List<String> missing = REQUIRED_KEYS.stream()
			.filter((key) -> body.path(key).isMissingNode() || body.path(key).isNull())
			.toList();
		if (!missing.isEmpty()) {
			return unhealthy(answered, 200, "the answer misses " + String.join(", ", missing));
		}
		if (!body.get("status").isString()) {
			return unhealthy(answered, 200, "status is not a string");
		}
		String status = body.get("status").asString();
		boolean healthy = HEALTHY_STATUSES.contains(status.toLowerCase(Locale.ROOT));
		Map<String, Object> details = details(answered, 200);
		details.put("status", shortened(status));
		details.put("version", scalar(body.get("version")));
		details.put("uptime", scalar(body.get("uptime")));
		return new HealthProbe(healthy ? HealthStatus.HEALTHY : HealthStatus.DEGRADED, details);
	}

	private static HealthProbe unhealthy(VendorOutcome outcome, Integer httpStatus, String error) {
		Map<String, Object> details = details(outcome, httpStatus);
		details.put("error", error);
		return new HealthProbe(HealthStatus.UNHEALTHY, details);
	}

	private static Map<String, Object> details(VendorOutcome outcome, Integer httpStatus) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (httpStatus != null) {
			details.put("http_status", httpStatus);
		}
		details.put("response_ms", outcome.elapsed().toMillis());
		return details;
	}

	/**
	 * Keeps numbers as numbers and bounds any text the vendor sends before it is stored.
	 */
	private static Object scalar(JsonNode node) {
		if (node.isNumber()) {
			return node.numberValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		return shortened(node.isString() ? node.asString() : node.toString());
	}

	private static String shortened(String text) {
		return (text.length() <= MAX_TEXT) ? text : text.substring(0, MAX_TEXT) + "…";
	}

}
