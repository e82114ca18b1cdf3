package ai.zimmer.sample;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A loopback HTTP client for the service under test. */
final class TestHttp implements AutoCloseable {

	static final String TOKEN_HEADER = "X-Zimmer-Service-Token";

	private static final JsonMapper mapper = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	private final String baseUrl;

	TestHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	TestResponse get(String path) {
		return send(request(path).GET());
	}

	TestResponse delete(String path) {
		return send(request(path).DELETE());
	}

	TestResponse post(String path, String json) {
		return send(request(path).POST(body(json)));
	}

	TestResponse postWithToken(String path, String token, String json) {
		return send(request(path).header(TOKEN_HEADER, token).POST(body(json)));
	}

	TestResponse send(String method, String path, BodyPublisher body) {
		return send(request(path).method(method, body));
	}

	CompletableFuture<HttpResponse<String>> getAsync(String path) {
		return this.client.sendAsync(request(path).timeout(Duration.ofSeconds(30)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(Duration.ofSeconds(5))
			.header("Content-Type", "application/json");
	}

	TestResponse send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new TestResponse(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request to " + request.build().uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	static JsonNode parse(String json) {
		return mapper.readTree(json);
	}

	private static BodyPublisher body(String json) {
		return HttpRequest.BodyPublishers.ofString(json);
	}

	@Override
	public void close() {
		this.client.shutdownNow();
	}

	record TestResponse(int status, HttpHeaders headers, String body) {

		JsonNode json() {
			return parse(this.body);
		}

		String contentType() {
			return this.headers.firstValue("Content-Type").orElse("");
		}

	}

}
