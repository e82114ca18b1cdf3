package ai.zimmer.sample;

import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * Reads request fields strictly: a wrong type is a 400 that names the field, never a
 * silent coercion.
 */
final class JsonFields {

	static final int MAX_IDENTIFIER_LENGTH = 128;

	private JsonFields() {
	}

	static Identifier identifier(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			throw ApiProblem.invalidField(field, "is required");
		}
		if (value.isIntegralNumber()) {
			return new Identifier(value.bigIntegerValue().toString(), value);
		}
		if (value.isString() && !value.stringValue().isBlank()
				&& value.stringValue().length() <= MAX_IDENTIFIER_LENGTH) {
			return new Identifier(value.stringValue(), value);
		}
		throw ApiProblem.invalidField(field,
				"must be an integer or a non-blank string of at most " + MAX_IDENTIFIER_LENGTH + " characters");
	}

	static Optional<Identifier> optionalIdentifier(JsonNode body, String field) {
		return isAbsent(body, field) ? Optional.empty() : Optional.of(identifier(body, field));
	}

	static String requiredString(JsonNode body, String field, int maxLength) {
		return optionalString(body, field, maxLength).orElseThrow(() -> ApiProblem.invalidField(field, "is required"));
	}

	static Optional<String> optionalString(JsonNode body, String field, int maxLength) {
		if (isAbsent(body, field)) {
			return Optional.empty();
		}
		JsonNode value = body.get(field);
		if (!value.isString() || value.stringValue().isEmpty() || value.stringValue().length() > maxLength) {
			throw ApiProblem.invalidField(field, "must be a string of 1.." + maxLength + " characters");
		}
		return Optional.of(value.stringValue());
	}

	static long nonNegativeInteger(JsonNode body, String field) {
		JsonNode value = body.get(field);
		if (value == null || value.isNull()) {
			throw ApiProblem.invalidField(field, "is required");
		}
		if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 0) {
			throw ApiProblem.invalidField(field, "must be an integer >= 0");
		}
		return value.longValue();
	}

	private static boolean isAbsent(JsonNode body, String field) {
		JsonNode value = body.get(field);
		return value == null || value.isNull();
	}

}
