package ai.zimmer.readiness.http;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one JSON mapper of the checker; answers that are not JSON read as a missing node,
 * because a check judges the shape it got rather than failing on it.
 */
public final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	public static JsonNode parse(String text) {
		if (text == null || text.isBlank()) {
			return MissingNode.getInstance();
		}
		try {
			return MAPPER.readTree(text);
		}
		catch (JacksonException ex) {
			return MissingNode.getInstance();
		}
	}

	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	public static String writePretty(Object value) {
		return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
	}

}
