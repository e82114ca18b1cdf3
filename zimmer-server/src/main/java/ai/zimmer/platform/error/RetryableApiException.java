package ai.zimmer.platform.error;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * A failure the client should retry later, answered with a {@code Retry-After} header
 * (429 and 503 responses).
 */
public class RetryableApiException extends ApiException {

	private final Duration retryAfter;

	public RetryableApiException(HttpStatus status, String code, String detail, Duration retryAfter) {
		super(status, code, detail);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
