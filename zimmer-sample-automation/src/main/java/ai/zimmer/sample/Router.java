package ai.zimmer.sample;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Dispatches on exact path and method, enforces the body limit and turns every outcome
 * into a JSON answer, so each endpoint only deals with its own contract.
 */
final class Router implements HttpHandler {

	static final int MAX_BODY_BYTES = 64 * 1024;

	private static final System.Logger logger = System.getLogger(Router.class.getName());

	private final Map<String, Map<String, Endpoint>> routes = new LinkedHashMap<>();

	private final JsonCodec json;

	private final AtomicInteger inFlight = new AtomicInteger();

	Router(JsonCodec json) {
		this.json = json;
	}

	Router route(String method, String path, Endpoint endpoint) {
		this.routes.computeIfAbsent(path, (key) -> new LinkedHashMap<>()).put(method, endpoint);
		return this;
	}

	int inFlight() {
		return this.inFlight.get();
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		this.inFlight.incrementAndGet();
		try {
			respond(exchange);
		}
		finally {
			exchange.close();
			this.inFlight.decrementAndGet();
		}
	}

	private void respond(HttpExchange exchange) throws IOException {
		try {
			Reply reply = dispatch(exchange);
			send(exchange, reply.status(), "application/json", this.json.write(reply.body()));
		}
		catch (ApiProblem problem) {
			sendProblem(exchange, problem);
		}
		catch (InterruptedException ex) {
			// The server is closing: drop the connection instead of answering.
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.log(Level.WARNING, () -> "Request " + exchange.getRequestMethod() + " "
					+ exchange.getRequestURI().getPath() + " failed", ex);
			sendProblem(exchange, new ApiProblem(500, "internal_error", "The sample automation failed unexpectedly"));
		}
	}

	private Reply dispatch(HttpExchange exchange) throws IOException, InterruptedException {
		String path = exchange.getRequestURI().getPath();
		Map<String, Endpoint> methods = this.routes.get(path);
		if (methods == null) {
			throw new ApiProblem(404, "not_found", "No endpoint at " + path);
		}
		Endpoint endpoint = methods.get(exchange.getRequestMethod());
		if (endpoint == null) {
			exchange.getResponseHeaders().set("Allow", String.join(", ", methods.keySet()));
			throw new ApiProblem(405, "method_not_allowed",
					exchange.getRequestMethod() + " is not supported on " + path + "; use " + methods.keySet());
		}
		byte[] body = readBody(exchange);
		return endpoint.handle(new InboundRequest(exchange.getRequestHeaders(), body, this.json));
	}

	private static byte[] readBody(HttpExchange exchange) throws IOException {
		String declaredLength = exchange.getRequestHeaders().getFirst("Content-Length");
		if (declaredLength != null && isLongerThanLimit(declaredLength)) {
			throw tooLarge();
		}
		InputStream in = exchange.getRequestBody();
		byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			throw tooLarge();
		}
		return body;
	}

	private static boolean isLongerThanLimit(String declaredLength) {
		try {
			return Long.parseLong(declaredLength.strip()) > MAX_BODY_BYTES;
		}
		catch (NumberFormatException ex) {
			throw ApiProblem.badRequest("malformed_request", "Content-Length is not a number");
		}
	}

	private static ApiProblem tooLarge() {
		return new ApiProblem(413, "payload_too_large", "The body exceeds " + MAX_BODY_BYTES + " bytes");
	}

	private void sendProblem(HttpExchange exchange, ApiProblem problem) throws IOException {
		byte[] body = this.json.write(problem.body(exchange.getRequestURI().getPath()));
		send(exchange, problem.status(), "application/problem+json", body);
	}

	private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, body.length);
		exchange.getResponseBody().write(body);
	}

}
