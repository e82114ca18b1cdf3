package ai.zimmer.sample;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;

/**
 * Plays Zimmer's usage endpoint: records every report and answers what the test chose.
 */
final class FakeZimmer implements AutoCloseable {

	private final HttpServer server;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	private final BlockingQueue<RecordedReport> reports = new LinkedBlockingQueue<>();

	private final CountDownLatch closing = new CountDownLatch(1);

	private volatile int status = 200;

	private volatile String answer = accepted(4, 0);

	private volatile boolean hanging;

	private FakeZimmer(HttpServer server) {
		this.server = server;
		server.setExecutor(this.executor);
		server.createContext(UsageReporter.CONSUME_PATH, this::handle);
		server.start();
	}

	static FakeZimmer start() throws IOException {
		return new FakeZimmer(HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0));
	}

	static String accepted(long demo, long paid) {
		return "{\"accepted\":true,\"remaining_demo_tokens\":" + demo + ",\"remaining_paid_tokens\":" + paid
				+ ",\"message\":\"ok\"}";
	}

	static String refused(long demo, long paid) {
		return "{\"accepted\":false,\"remaining_demo_tokens\":" + demo + ",\"remaining_paid_tokens\":" + paid
				+ ",\"message\":\"insufficient tokens\"}";
	}

	URI baseUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
	}

	FakeZimmer answer(int status, String body) {
		this.status = status;
		this.answer = body;
		return this;
	}

	/** Never answers, until closed. */
	FakeZimmer hang() {
		this.hanging = true;
		return this;
	}

	RecordedReport takeReport() throws InterruptedException {
		RecordedReport report = this.reports.poll(5, TimeUnit.SECONDS);
		if (report == null) {
			throw new AssertionError("Zimmer received no usage report within 5 s");
		}
		return report;
	}

	int reportCount() {
		return this.reports.size();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.reports.add(new RecordedReport(exchange.getRequestMethod(),
					exchange.getRequestHeaders().getFirst(TestHttp.TOKEN_HEADER),
					exchange.getRequestHeaders().getFirst("Content-Type"), TestHttp.parse(body)));
			if (this.hanging) {
				awaitClosing();
				return;
			}
			byte[] answer = this.answer.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}

	private void awaitClosing() {
		try {
			this.closing.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.closing.countDown();
		this.server.stop(0);
		this.executor.shutdownNow();
	}

	record RecordedReport(String method, String serviceToken, String contentType, JsonNode body) {
	}

}
