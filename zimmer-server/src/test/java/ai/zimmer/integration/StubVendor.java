package ai.zimmer.integration;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A vendor that answers exactly what a test tells it to (bad JSON, missing keys, 500s)
 * and remembers what it was sent. Listens on loopback only.
 */
final class StubVendor implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final AtomicInteger requests = new AtomicInteger();

	private final List<Answer> answers = new ArrayList<>();

	private volatile String lastToken;

	private volatile String lastBody;

	private StubVendor() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(this.executor);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	static StubVendor start() {
		return new StubVendor();
	}

	/**
	 * Answers every request alike from now on.
	 */
	synchronized StubVendor answer(int status, String body) {
		this.answers.clear();
		this.answers.add(new Answer(status, body));
		return this;
	}

	/**
	 * Answers the next requests in this order, then keeps giving the last answer.
	 */
	synchronized StubVendor answers(Answer... sequence) {
		this.answers.clear();
		this.answers.addAll(List.of(sequence));
		return this;
	}

	String url(String path) {
		return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
	}

	int requests() {
		return this.requests.get();
	}

	String lastToken() {
		return this.lastToken;
	}

	String lastBody() {
		return this.lastBody;
	}

	private void handle(HttpExchange exchange) throws IOException {
		this.requests.incrementAndGet();
		this.lastToken = exchange.getRequestHeaders().getFirst("X-Zimmer-Service-Token");
		this.lastBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		Answer answer = next();
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(answer.status(), (body.length > 0) ? body.length : -1);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private synchronized Answer next() {
		if (this.answers.isEmpty()) {
			return new Answer(200, "{}");
		}
		return (this.answers.size() > 1) ? this.answers.remove(0) : this.answers.get(0);
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	record Answer(int status, String body) {
	}

}
