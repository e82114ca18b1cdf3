package ai.zimmer.sample;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET}, {@code POST} and {@code DELETE /faults}: the HTTP face of {@link Faults}.
 */
final class FaultsEndpoint {

	private static final Set<String> FIELDS = Set.of("health", "latency_ms", "provision");

	private final Faults faults;

	FaultsEndpoint(Faults faults) {
		this.faults = faults;
	}

	Reply show(InboundRequest request) {
		return Reply.ok(view());
	}

	/**
	 * Changes the fields present in the body and leaves the others as they are. Nothing
	 * changes when any field is invalid.
	 */
	Reply change(InboundRequest request) {
		JsonNode body = request.jsonObject();
		rejectUnknownFields(body);
		Faults.Health health = body.has("health") ? parse(Faults.Health.class, body, "health") : this.faults.health();
		Duration latency = body.has("latency_ms") ? latency(body) : this.faults.latency();
		Faults.Provision provision = body.has("provision") ? parse(Faults.Provision.class, body, "provision")
				: this.faults.provision();
		this.faults.health(health).latency(latency).provision(provision);
		return Reply.ok(view());
	}

	Reply reset(InboundRequest request) {
		this.faults.reset();
		return Reply.ok(view());
	}

	private FaultsView view() {
		return new FaultsView(this.faults.health().jsonValue(), this.faults.latency().toMillis(),
				this.faults.provision().jsonValue());
	}

	private static void rejectUnknownFields(JsonNode body) {
		for (String name : body.propertyNames()) {
			if (!FIELDS.contains(name)) {
				throw ApiProblem.invalidField(name, "is not a fault; known faults are " + FIELDS);
			}
		}
	}

	private static <E extends Enum<E>> E parse(Class<E> type, JsonNode body, String field) {
		JsonNode value = body.get(field);
		for (E constant : type.getEnumConstants()) {
			if (value.isString() && constant.name().toLowerCase(Locale.ROOT).equals(value.stringValue())) {
				return constant;
			}
		}
		throw ApiProblem.invalidField(field, "must be one of " + names(type));
	}

	private static String names(Class<? extends Enum<?>> type) {
		StringBuilder names = new StringBuilder();
		for (Enum<?> constant : type.getEnumConstants()) {
			names.append((names.isEmpty()) ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
		}
		return names.toString();
	}

	private static Duration latency(JsonNode body) {
		long millis = JsonFields.nonNegativeInteger(body, "latency_ms");
		if (millis > Faults.MAX_LATENCY.toMillis()) {
			throw ApiProblem.invalidField("latency_ms", "must be at most " + Faults.MAX_LATENCY.toMillis());
		}
		return Duration.ofMillis(millis);
	}

	record FaultsView(String health, long latencyMs, String provision) {
	}

}
