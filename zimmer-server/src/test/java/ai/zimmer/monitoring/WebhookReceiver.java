package ai.zimmer.monitoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real local HTTP server standing in for Slack and PagerDuty: it keeps every JSON body
 * it receives, by path, and can be told to fail the first requests.
 */
final class WebhookReceiver implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	WebhookReceiver() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	void failNext(int requests) {
		this.failuresLeft.set(requests);
	}

	int attempts(String path) {
		return (int) this.received.stream().filter((request) -> request.path.equals(path)).count();
	}

	private void handle(HttpExchange exchange) throws IOException {
		JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
		boolean fail = this.failuresLeft.getAndDecrement() > 0;
		this.received.add(new Received(exchange.getRequestURI().getPath(), body, !fail));
		exchange.sendResponseHeaders(fail ? 500 : 202, -1);
		exchange.close();
	}

	List<JsonNode> delivered(String path) {
		return this.received.stream()
			.filter((request) -> request.path.equals(path) && request.accepted)
			.map(Received::body)
			.toList();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Received(String path, JsonNode body, boolean accepted) {
	}

}
