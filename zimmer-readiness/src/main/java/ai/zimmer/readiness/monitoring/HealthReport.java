package ai.zimmer.readiness.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Reads {@code /api/monitoring/health} leniently: components may come as an object keyed
 * by name or as an array of objects with a {@code name}, may nest (database primary and
 * replicas), and may name their round-trip time in milliseconds a few ways
 * ({@code round_trip_ms}, {@code latency_ms}, {@code response_time_ms}).
 */
final class HealthReport {

	static final Set<String> OVERALL_STATUSES = Set.of("healthy", "degraded", "unhealthy");

	private static final Set<String> UP_STATUSES = Set.of("up", "healthy", "ok");

	private final String status;

	private final List<Component> components;

	private HealthReport(String status, List<Component> components) {
		this.status = status;
		this.components = components;
	}

	static HealthReport of(JsonNode body) {
		List<Component> components = new ArrayList<>();
		collect("", body.path("components"), components);
		return new HealthReport(body.path("status").asString("").toLowerCase(Locale.ROOT), components);
	}

	String status() {
		return this.status;
	}

	List<Component> components() {
		return this.components;
	}

	Optional<Component> component(String... nameParts) {
		for (String part : nameParts) {
			Optional<Component> match = this.components.stream()
				.filter((component) -> component.named(part))
				.findFirst();
			if (match.isPresent()) {
				return match;
			}
		}
		return Optional.empty();
	}

	private static void collect(String prefix, JsonNode node, List<Component> into) {
		if (node.isArray()) {
			for (JsonNode element : node) {
				collect(prefix, element.path("name").asString(prefix), element, into);
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> entry : node.properties()) {
				String name = prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey();
				collect(prefix, name, entry.getValue(), into);
			}
		}
	}

	private static void collect(String prefix, String name, JsonNode node, List<Component> into) {
		if (node.isString()) {
			into.add(new Component(name, node.asString().toLowerCase(Locale.ROOT), OptionalDouble.empty()));
		}
		else if (node.has("status")) {
			into.add(new Component(name, node.path("status").asString("").toLowerCase(Locale.ROOT),
					roundTripMillis(node)));
		}
		else if (node.isContainer()) {
			collect(name, node, into);
		}
	}

	private static OptionalDouble roundTripMillis(JsonNode component) {
		for (Map.Entry<String, JsonNode> property : component.properties()) {
			String key = property.getKey().toLowerCase(Locale.ROOT);
			boolean millis = key.endsWith("_ms") || key.endsWith("ms") || key.endsWith("_millis");
			boolean timing = key.contains("round") || key.contains("latency") || key.contains("response")
					|| key.contains("rtt");
			if (millis && timing && property.getValue().isNumber()) {
				return OptionalDouble.of(property.getValue().asDouble());
			}
		}
		return OptionalDouble.empty();
	}

	/**
	 * One component of the health report.
	 *
	 * @param name the component's name, dotted when nested
	 * @param status its status in lower case
	 * @param roundTripMillis its measured round trip when reported
	 */
	record Component(String name, String status, OptionalDouble roundTripMillis) {

		boolean up() {
			return UP_STATUSES.contains(this.status);
		}

		boolean named(String part) {
			return this.name.toLowerCase(Locale.ROOT).contains(part);
		}

		String describe() {
			String timing = this.roundTripMillis.isPresent()
					? String.format(Locale.ROOT, "%.1f ms", this.roundTripMillis.getAsDouble()) : "no round-trip time";
			return this.name + " " + this.status + ", " + timing;
		}

	}

}
