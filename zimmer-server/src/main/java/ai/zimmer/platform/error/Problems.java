package ai.zimmer.platform.error;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details in the one shape every Zimmer error takes.
 */
public final class Problems {

	private static final String TYPE_BASE = "https://zimmer.ai/problems/";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail, String instance) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(TYPE_BASE + code.replace('_', '-')));
		problem.setTitle(title(code));
		if (instance != null) {
			problem.setInstance(URI.create(instance));
		}
		problem.setProperty("code", code);
		return problem;
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String detail, String instance,
			List<FieldProblem> errors) {
		ProblemDetail problem = of(status, code, detail, instance);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		return problem;
	}

	public static String codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "malformed_request";
			case 401 -> "unauthorized";
			case 403 -> "forbidden";
			case 404 -> "not_found";
			case 405 -> "method_not_allowed";
			case 406 -> "not_acceptable";
			case 409 -> "conflict";
			case 413 -> "payload_too_large";
			case 415 -> "unsupported_media_type";
			case 422 -> "validation_failed";
			case 429 -> "rate_limited";
			case 503 -> "service_unavailable";
			default -> status.is5xxServerError() ? "internal_error" : "request_failed";
		};
	}

	private static String title(String code) {
		String words = code.replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
