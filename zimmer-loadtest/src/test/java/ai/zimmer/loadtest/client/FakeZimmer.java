package ai.zimmer.loadtest.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted stand-in for Zimmer on a loopback port: each {@code "METHOD /path"} answers
 * what the test set, and every request is recorded.
 */
final class FakeZimmer implements AutoCloseable {

	private final HttpServer server;

	private final Map<String, Answer> answers = new ConcurrentHashMap<>();

	private final List<Recorded> requests = new CopyOnWriteArrayList<>();

	FakeZimmer() {
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	FakeZimmer answer(String call, int status, String body) {
		return answer(call, status, "application/json", body);
	}

	FakeZimmer answer(String call, int status, String contentType, String body) {
		this.answers.put(call, new Answer(status, contentType, body));
		return this;
	}

	List<Recorded> requests() {
		return this.requests;
	}

	Recorded request(String call) {
		return this.requests.stream()
			.filter((request) -> request.call().equals(call))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No request " + call + " in " + this.requests));
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String call = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(new Recorded(call, exchange.getRequestURI().getRawQuery(),
				exchange.getRequestHeaders().getFirst("Authorization"),
				exchange.getRequestHeaders().getFirst("X-Zimmer-Service-Token"), body));
		Answer answer = this.answers.getOrDefault(call,
				new Answer(404, "application/json", "{\"code\":\"not_found\"}"));
		byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", answer.contentType());
		exchange.sendResponseHeaders(answer.status(), bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	record Recorded(String call, String query, String authorization, String serviceToken, String body) {
	}

	private record Answer(int status, String contentType, String body) {
	}

}
