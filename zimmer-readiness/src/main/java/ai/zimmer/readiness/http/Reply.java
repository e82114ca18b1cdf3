package ai.zimmer.readiness.http;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import tools.jackson.databind.JsonNode;

/**
 * What the deployment answered to one request, as a client saw it: a status, or the
 * reason there was none.
 *
 * @param status HTTP status, or 0 when no response arrived
 * @param headers response headers (empty when no response arrived)
 * @param body response body as text
 * @param elapsed wall-clock time from sending to the complete body (or to the failure)
 * @param failure why no response arrived, {@link Failure#NONE} when one did
 * @param failureMessage the transport's own words for the failure, empty when none
 * @param sslSession the TLS session when the request went over https
 */
public record Reply(int status, HttpHeaders headers, String body, Duration elapsed, Failure failure,
		String failureMessage, Optional<SSLSession> sslSession) {

	private static final HttpHeaders NO_HEADERS = HttpHeaders.of(Map.of(), (name, value) -> true);

	static Reply failed(Failure failure, String message, Duration elapsed) {
		return new Reply(0, NO_HEADERS, "", elapsed, failure, message, Optional.empty());
	}

	public boolean answered() {
		return this.failure == Failure.NONE;
	}

	public Optional<String> header(String name) {
		return this.headers.firstValue(name);
	}

	public JsonNode json() {
		return Json.parse(this.body);
	}

	public long elapsedMillis() {
		return this.elapsed.toMillis();
	}

	/**
	 * Short description for reports, such as {@code 200} or
	 * {@code timeout after 2000 ms}.
	 * @return the status or the failure
	 */
	public String describe() {
		return switch (this.failure) {
			case NONE -> String.valueOf(this.status);
			case TIMEOUT -> "timeout after " + elapsedMillis() + " ms";
			case CONNECTION -> "no connection (" + this.failureMessage + ")";
		};
	}

	/** Why a request got no HTTP answer. */
	public enum Failure {

		/** An answer arrived. */
		NONE,

		/** No complete answer within the request timeout. */
		TIMEOUT,

		/**
		 * The connection could not be opened or broke (refused, reset, TLS handshake
		 * failure).
		 */
		CONNECTION

	}

}
