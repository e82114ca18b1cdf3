package ai.zimmer.sample;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON configuration of the service: snake_case names, as in the Zimmer contract.
 */
final class JsonCodec {

	private final JsonMapper mapper = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	byte[] write(Object value) {
		return this.mapper.writeValueAsBytes(value);
	}

	/**
	 * Parses a JSON object.
	 * @param bytes the raw body
	 * @return the object
	 * @throws JacksonException when the bytes are not JSON
	 * @throws IllegalArgumentException when the JSON is not an object
	 */
	JsonNode readObject(byte[] bytes) {
		JsonNode node = this.mapper.readTree(bytes);
		if (node == null || !node.isObject()) {
			throw new IllegalArgumentException("expected a JSON object");
		}
		return node;
	}

	ObjectNode createObject() {
		return this.mapper.createObjectNode();
	}

}
