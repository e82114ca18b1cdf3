package ai.zimmer.platform.error;

/**
 * One invalid field of a request, as listed in a validation problem's {@code errors}.
 */
public record FieldProblem(String field, String message) {
}
