package ai.zimmer.marketplace;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.error.FieldProblem;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Turns staff JSON into a valid {@link AutomationDraft}. A patch follows JSON Merge Patch
 * (RFC 7396): absent fields keep their value and {@code null} clears an optional one.
 */
@Component
class AutomationDrafts {

	private final JsonMapper json;

	private final Validator validator;

	AutomationDrafts(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	AutomationDraft create(ObjectNode request) {
		ObjectNode defaults = this.json.createObjectNode()
			.put("description", "")
			.put("is_active", true)
			.put("is_listed", false);
		return bind(defaults.setAll(request));
	}

	AutomationDraft patch(Automation current, ObjectNode patch) {
		ObjectNode merged = this.json.valueToTree(AutomationDraft.of(current));
		return bind(merged.setAll(patch));
	}

	private AutomationDraft bind(ObjectNode merged) {
		AutomationDraft draft;
		try {
			draft = this.json.treeToValue(merged, AutomationDraft.class);
		}
		catch (JacksonException ex) {
			throw ApiException.invalid(field(ex), (ex instanceof UnrecognizedPropertyException) ? "is not a known field"
					: "has the wrong type or an unaccepted value");
		}
		Set<ConstraintViolation<AutomationDraft>> violations = this.validator.validate(draft);
		if (!violations.isEmpty()) {
			throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed", "The request is not valid",
					problems(violations));
		}
		return draft.normalized();
	}

	private static List<FieldProblem> problems(Set<ConstraintViolation<AutomationDraft>> violations) {
		return violations.stream()
			.map((violation) -> new FieldProblem(snakeCase(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.sorted(Comparator.comparing(FieldProblem::field))
			.toList();
	}

	private static String field(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map(JacksonException.Reference::getPropertyName)
			.filter((name) -> name != null)
			.collect(Collectors.joining("."));
		return path.isEmpty() ? "body" : path;
	}

	private static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

}
