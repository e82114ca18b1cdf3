package ai.zimmer.monitoring;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Times every request into the {@link RequestRecorder} and, when logger
 * {@code ai.zimmer.access} is at DEBUG, writes one access line per request (method, route
 * template, status, duration, request id). Runs just inside the request-id filter so that
 * refusals by security are counted too.
 */
class RequestRecordingFilter extends OncePerRequestFilter {

	static final String ACCESS_LOGGER = "ai.zimmer.access";

	private static final Logger accessLog = LoggerFactory.getLogger(ACCESS_LOGGER);

	private final RequestRecorder recorder;

	RequestRecordingFilter(RequestRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			long elapsed = System.nanoTime() - start;
			int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
			this.recorder.record(elapsed, status >= 500);
			if (accessLog.isDebugEnabled()) {
				logAccess(request, status, elapsed);
			}
		}
	}

	private static void logAccess(HttpServletRequest request, int status, long elapsedNanos) {
		String route = route(request, status);
		long millis = elapsedNanos / 1_000_000;
		accessLog.atDebug()
			.addKeyValue("http.request.method", request.getMethod())
			.addKeyValue("http.route", route)
			.addKeyValue("http.response.status_code", status)
			.addKeyValue("event.duration", elapsedNanos)
			.log("{} {} {} {} ms request {}", request.getMethod(), route, status, millis, MDC.get("request_id"));
	}

	/**
	 * The route template, never the raw path, so that identifiers and unknown paths do
	 * not leak into logs as distinct routes.
	 */
	static String route(HttpServletRequest request, int status) {
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern != null && !"/**".equals(pattern)) {
			return pattern.toString();
		}
		if (status == HttpServletResponse.SC_NOT_FOUND) {
			return "NOT_FOUND";
		}
		return (status >= 300 && status < 400) ? "REDIRECTION" : "UNKNOWN";
	}

}
