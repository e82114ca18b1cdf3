package ai.zimmer.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real HTTP client for tests: talks to the server over its port exactly as a
 * client would.
 */
public final class Api {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	public Api(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
	}

	public Call get(String path) {
		return new Call("GET", path, null);
	}

	public Call post(String path, Object body) {
		return new Call("POST", path, body);
	}

	public Call put(String path, Object body) {
		return new Call("PUT", path, body);
	}

	public Call patch(String path, Object body) {
		return new Call("PATCH", path, body);
	}

	public Call options(String path) {
		return new Call("OPTIONS", path, null);
	}

	public Call delete(String path) {
		return new Call("DELETE", path, null);
	}

	/**
	 * Registers a new customer with a unique email and returns the sign-up answer.
	 */
	public Reply registerCustomer() {
		String email = "customer-" + UUID.randomUUID() + "@example.com";
		return post("/api/auth/register", Map.of("name", "Test Customer", "email", email, "password", "password-123"))
			.send()
			.expect(201);
	}

	public static String json(Object body) {
		return (body instanceof String text) ? text : JSON.writeValueAsString(body);
	}

	/**
	 * One request being built.
	 */
	public final class Call {

		private final String method;

		private final String path;

		private final Object body;

		private final Map<String, String> headers = new LinkedHashMap<>();

		Call(String method, String path, Object body) {
			this.method = method;
			this.path = path;
			this.body = body;
		}

		public Call bearer(String token) {
			return header("Authorization", "Bearer " + token);
		}

		public Call header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		public Reply send() {
			HttpRequest.BodyPublisher publisher = (this.body != null)
					? HttpRequest.BodyPublishers.ofString(json(this.body)) : HttpRequest.BodyPublishers.noBody();
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.this.baseUrl + this.path))
				.timeout(Duration.ofSeconds(30))
				.method(this.method, publisher);
			if (this.body != null) {
				request.header("Content-Type", "application/json");
			}
			this.headers.forEach(request::header);
			try {
				HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
				return new Reply(response);
			}
			catch (IOException ex) {
				throw new IllegalStateException(this.method + " " + this.path + " failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * A response with its body parsed as JSON when it is JSON.
	 */
	public static final class Reply {

		private final HttpResponse<String> response;

		private JsonNode json;

		Reply(HttpResponse<String> response) {
			this.response = response;
		}

		public int status() {
			return this.response.statusCode();
		}

		public String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		public String body() {
			return this.response.body();
		}

		public JsonNode json() {
			if (this.json == null) {
				this.json = JSON.readTree(this.response.body());
			}
			return this.json;
		}

		public String text(String field) {
			return json().path(field).asString();
		}

		public long number(String field) {
			return json().path(field).asLong();
		}

		@Override
		public String toString() {
			return "HTTP " + status() + " " + body();
		}

		public Reply expect(int status) {
			if (status() != status) {
				throw new AssertionError("Expected HTTP " + status + " but was " + status() + ": " + body());
			}
			return this;
		}

	}

}
