package ai.zimmer.platform.error;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on: carries the HTTP status, a stable machine-readable
 * code and a human detail.
 */
public class ApiException extends RuntimeException {

	private final HttpStatus status;

	private final String code;

	private final List<FieldProblem> fieldProblems;

	public ApiException(HttpStatus status, String code, String detail) {
		this(status, code, detail, List.of());
	}

	public ApiException(HttpStatus status, String code, String detail, List<FieldProblem> fieldProblems) {
		super(detail);
		this.status = status;
		this.code = code;
		this.fieldProblems = List.copyOf(fieldProblems);
	}

	public static ApiException notFound(String what) {
		return new ApiException(HttpStatus.NOT_FOUND, "not_found", what + " was not found");
	}

	public static ApiException conflict(String code, String detail) {
		return new ApiException(HttpStatus.CONFLICT, code, detail);
	}

	public static ApiException invalid(String field, String message) {
		return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed", "The request is not valid",
				List.of(new FieldProblem(field, message)));
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	public List<FieldProblem> fieldProblems() {
		return this.fieldProblems;
	}

}
