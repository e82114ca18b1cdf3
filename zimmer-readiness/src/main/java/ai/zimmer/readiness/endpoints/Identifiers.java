package ai.zimmer.readiness.endpoints;

/**
 * Identifiers given on the command line are sent in the JSON type Zimmer uses: numbers
 * when they are numeric.
 */
public final class Identifiers {

	private Identifiers() {
	}

	public static Object asJson(String identifier) {
		if (identifier.matches("\\d{1,18}")) {
			return Long.parseLong(identifier);
		}
		return identifier;
	}

}
