package ai.zimmer.sample;

import tools.jackson.databind.JsonNode;

/**
 * An identifier Zimmer sends, kept exactly as sent (a JSON number or string) so it
 * travels back unchanged in usage reports, and compared by its text so {@code 42} and
 * {@code "42"} name the same subscription.
 *
 * @param key the identifier's text
 * @param json the identifier as it appeared in the request
 */
record Identifier(String key, JsonNode json) {

	@Override
	public boolean equals(Object other) {
		return (other instanceof Identifier identifier) && this.key.equals(identifier.key);
	}

	@Override
	public int hashCode() {
		return this.key.hashCode();
	}

	@Override
	public String toString() {
		return this.key;
	}

}
