package ai.zimmer.platform.error;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure raised while handling a request into an RFC 9457 problem with a
 * stable {@code code}.
 */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ProblemAdvice.class);

	@ExceptionHandler(ApiException.class)
	ResponseEntity<ProblemDetail> handleApi(ApiException ex, HttpServletRequest request) {
		ProblemDetail problem = Problems.of(ex.status(), ex.code(), ex.getMessage(), request.getRequestURI(),
				ex.fieldProblems());
		ResponseEntity.BodyBuilder response = ResponseEntity.status(ex.status());
		if (ex instanceof RetryableApiException retryable) {
			response.header(HttpHeaders.RETRY_AFTER, Long.toString(retryable.retryAfter().toSeconds()));
		}
		return response.body(problem);
	}

	@ExceptionHandler(PayloadTooLargeException.class)
	ResponseEntity<ProblemDetail> handleTooLarge(PayloadTooLargeException ex, HttpServletRequest request) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", ex.getMessage(), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> handleTypeMismatch(MethodArgumentTypeMismatchException ex,
			HttpServletRequest request) {
		Class<?> type = ex.getRequiredType();
		if (type != null && type.isEnum()) {
			return validation(List.of(new FieldProblem(ex.getName(), "is not one of the accepted values")), request);
		}
		return problem(HttpStatus.BAD_REQUEST, "malformed_request",
				"Parameter '" + ex.getName() + "' is not well formed", request);
	}

	/**
	 * Method security ({@code @PreAuthorize}) refuses inside the handler, where the
	 * catch-all below would otherwise turn the refusal into a 500.
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> handleAccessDenied(AccessDeniedException ex, HttpServletRequest request) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this", request);
	}

	/**
	 * The database did not give a connection in time (pool exhausted or database down): a
	 * temporary condition the client may retry, never an internal error.
	 */
	@ExceptionHandler({ CannotGetJdbcConnectionException.class, CannotCreateTransactionException.class,
			DataAccessResourceFailureException.class, QueryTimeoutException.class })
	ResponseEntity<ProblemDetail> handleUnavailableDatabase(Exception ex, HttpServletRequest request) {
		logger.warn("Database unavailable while handling {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMessage());
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service_unavailable",
					"The service is temporarily unable to answer; retry shortly", request.getRequestURI()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> handleUnexpected(Exception ex, HttpServletRequest request) {
		logger.error("Unexpected failure handling {} {}", request.getMethod(), request.getRequestURI(), ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error",
				"The request could not be completed; it has been logged", request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof PayloadTooLargeException tooLarge) {
			return body(problem(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", tooLarge.getMessage(), request));
		}
		if (cause instanceof JacksonException jackson && isBindingProblem(jackson)) {
			return body(validation(List.of(fieldProblem(jackson)), request));
		}
		return body(
				problem(HttpStatus.BAD_REQUEST, "malformed_request", "The request body is not valid JSON", request));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(snakeCase(error.getField()), error.getDefaultMessage()))
			.toList();
		return body(validation(errors, request));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(parameterName(result), error.getDefaultMessage())))
			.toList();
		return body(validation(errors, request));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		String detail = (body instanceof ProblemDetail problem && problem.getDetail() != null) ? problem.getDetail()
				: HttpStatus.valueOf(statusCode.value()).getReasonPhrase();
		ProblemDetail problem = Problems.of(statusCode, Problems.codeFor(statusCode), detail, path(request));
		return ResponseEntity.status(statusCode).headers(headers).body(problem);
	}

	private static boolean isBindingProblem(JacksonException jackson) {
		if (jackson instanceof InputCoercionException) {
			return true;
		}
		return !(jackson instanceof StreamReadException);
	}

	private static FieldProblem fieldProblem(JacksonException jackson) {
		String field = jackson.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
		String message = (jackson instanceof UnrecognizedPropertyException) ? "is not a known field"
				: "has the wrong type or an unaccepted value";
		return new FieldProblem(field.isEmpty() ? "body" : field, message);
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return (name != null) ? snakeCase(name) : "parameter";
	}

	static String snakeCase(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
	}

	private static ResponseEntity<ProblemDetail> validation(List<FieldProblem> errors, Object request) {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "validation_failed",
				"The request is not valid", path(request), errors);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail,
			Object request) {
		return ResponseEntity.status(status).body(Problems.of(status, code, detail, path(request)));
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static ResponseEntity<Object> body(ResponseEntity<ProblemDetail> response) {
		return (ResponseEntity) response;
	}

	private static String path(Object request) {
		if (request instanceof HttpServletRequest servlet) {
			return servlet.getRequestURI();
		}
		if (request instanceof ServletWebRequest web) {
			return web.getRequest().getRequestURI();
		}
		return null;
	}

}
