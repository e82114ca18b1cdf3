package ai.zimmer.loadtest.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small JSON client for preparing a run's test data through Zimmer's public and admin
 * APIs. It is not used for load: those requests go through Gatling so that they are
 * measured.
 */
public final class ZimmerClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final ObjectMapper json = new ObjectMapper();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

	private final URI baseUrl;

	public ZimmerClient(URI baseUrl) {
		this.baseUrl = baseUrl;
	}

	public JsonNode get(String path, Map<String, String> headers, int... expected) {
		return send("GET", path, null, headers, expected);
	}

	public JsonNode post(String path, Object body, Map<String, String> headers, int... expected) {
		return send("POST", path, body, headers, expected);
	}

	/**
	 * Fetches a page (the sandbox gateway's), following the link as a browser would
	 * resolve it.
	 */
	public String page(String link) {
		HttpRequest request = HttpRequest.newBuilder(this.baseUrl.resolve(link))
			.timeout(TIMEOUT)
			.header("Accept", "text/html")
			.GET()
			.build();
		HttpResponse<String> response = exchange(request, "GET " + link);
		if (response.statusCode() != 200) {
			throw new SetupException("GET " + link + " answered " + response.statusCode() + ", expected 200");
		}
		return response.body();
	}

	public static Map<String, String> bearer(String accessToken) {
		return Map.of("Authorization", "Bearer " + accessToken);
	}

	private JsonNode send(String method, String path, Object body, Map<String, String> headers, int... expected) {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.baseUrl.resolve(path))
			.timeout(TIMEOUT)
			.header("Accept", "application/json")
			.method(method, (body != null) ? BodyPublishers.ofString(write(body)) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		headers.forEach(request::header);
		HttpResponse<String> response = exchange(request.build(), method + " " + path);
		if (Arrays.stream(expected).noneMatch((status) -> status == response.statusCode())) {
			throw new SetupException(method + " " + path + " answered " + response.statusCode() + " "
					+ problem(response.body()) + ", expected " + Arrays.toString(expected));
		}
		return read(response.body());
	}

	private HttpResponse<String> exchange(HttpRequest request, String call) {
		try {
			return this.http.send(request, BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new SetupException(call + " failed: " + ex + ". Is Zimmer running at " + this.baseUrl + "?", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SetupException(call + " was interrupted", ex);
		}
	}

	private String write(Object body) {
		try {
			return this.json.writeValueAsString(body);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Cannot write a request body", ex);
		}
	}

	private JsonNode read(String body) {
		if (body == null || body.isBlank()) {
			return this.json.createObjectNode();
		}
		try {
			return this.json.readTree(body);
		}
		catch (JsonProcessingException ex) {
			throw new SetupException("Zimmer answered a body that is not JSON: " + abbreviated(body), ex);
		}
	}

	/** The problem details' code and detail, which say why a call was refused. */
	private String problem(String body) {
		try {
			JsonNode problem = this.json.readTree(body);
			return problem.path("code").asText("") + " " + problem.path("detail").asText("");
		}
		catch (JsonProcessingException ex) {
			return abbreviated(body);
		}
	}

	private static String abbreviated(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "..." : text;
	}

}
