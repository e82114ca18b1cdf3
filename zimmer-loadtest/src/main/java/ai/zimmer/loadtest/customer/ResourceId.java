package ai.zimmer.loadtest.customer;

/**
 * An identifier Zimmer returned, kept with its JSON type: the API is strict about types,
 * so an id that came back as a number must be sent back as a number and one that came
 * back as a string as a string.
 *
 * @param json the identifier as a JSON literal, for request bodies
 * @param text the identifier as plain text, for paths
 */
public record ResourceId(String json, String text) {

	public static ResourceId of(Object value) {
		if (value instanceof Number number) {
			return new ResourceId(number.toString(), number.toString());
		}
		if (value instanceof String text && !text.isEmpty()) {
			return new ResourceId(quoted(text), text);
		}
		throw new IllegalArgumentException("Not an identifier: " + value);
	}

	public boolean numeric() {
		return !this.json.startsWith("\"");
	}

	private static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char character : text.toCharArray()) {
			if (character == '"' || character == '\\') {
				json.append('\\');
			}
			json.append(character);
		}
		return json.append('"').toString();
	}

}
