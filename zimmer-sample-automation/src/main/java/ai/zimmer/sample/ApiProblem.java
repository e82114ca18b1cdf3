package ai.zimmer.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request that cannot be answered normally, rendered as an RFC 9457 problem with a
 * stable {@code code}, the same error shape as Zimmer's own API.
 */
final class ApiProblem extends RuntimeException {

	private final int status;

	private final String code;

	private final Map<String, Object> extensions;

	ApiProblem(int status, String code, String detail) {
		this(status, code, detail, Map.of());
	}

	ApiProblem(int status, String code, String detail, Map<String, Object> extensions) {
		super(detail, null, false, false);
		this.status = status;
		this.code = code;
		this.extensions = Map.copyOf(extensions);
	}

	static ApiProblem badRequest(String code, String detail) {
		return new ApiProblem(400, code, detail);
	}

	static ApiProblem invalidField(String field, String message) {
		return new ApiProblem(400, "invalid_field", "Field '" + field + "' " + message,
				Map.of("errors", List.of(Map.of("field", field, "message", message))));
	}

	int status() {
		return this.status;
	}

	String code() {
		return this.code;
	}

	Map<String, Object> body(String instance) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", title(this.status));
		body.put("status", this.status);
		body.put("detail", getMessage());
		body.put("instance", instance);
		body.put("code", this.code);
		body.putAll(this.extensions);
		return body;
	}

	private static String title(int status) {
		return switch (status) {
			case 400 -> "Bad Request";
			case 402 -> "Payment Required";
			case 404 -> "Not Found";
			case 405 -> "Method Not Allowed";
			case 413 -> "Content Too Large";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			default -> "HTTP " + status;
		};
	}

}
