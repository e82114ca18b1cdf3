package ai.zimmer.readiness.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import javax.net.ssl.SSLContext;

/**
 * HTTP access to the deployment under test through the JDK client, timing every request
 * by the wall clock and turning transport failures into {@link Reply replies} so that
 * every check can count them.
 */
public final class ZimmerHttp {

	private final HttpClient client;

	private final URI baseUrl;

	private final Duration requestTimeout;

	public ZimmerHttp(URI baseUrl, Duration requestTimeout, SSLContext sslContext) {
		this.baseUrl = baseUrl;
		this.requestTimeout = requestTimeout;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(requestTimeout)
			.sslContext(sslContext)
			.build();
	}

	public URI baseUrl() {
		return this.baseUrl;
	}

	public Call get(String path) {
		return new Call(this, "GET", path);
	}

	public Call post(String path) {
		return new Call(this, "POST", path);
	}

	public Call options(String path) {
		return new Call(this, "OPTIONS", path);
	}

	/**
	 * Request to an absolute URL, for endpoints served elsewhere (a management port).
	 * @param url the full URL
	 * @return a call to complete and send
	 */
	public Call getAbsolute(URI url) {
		return new Call(this, "GET", url);
	}

	URI resolve(String path) {
		String base = this.baseUrl.toString();
		String trimmed = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
		return URI.create(trimmed + path);
	}

	Reply send(HttpRequest.Builder request) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = this.client.send(request.timeout(this.requestTimeout).build(),
					HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers(), response.body(), since(started),
					Reply.Failure.NONE, "", response.sslSession());
		}
		catch (HttpTimeoutException ex) {
			return Reply.failed(Reply.Failure.TIMEOUT, String.valueOf(ex.getMessage()), since(started));
		}
		catch (IOException ex) {
			return Reply.failed(Reply.Failure.CONNECTION, describe(ex), since(started));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Reply.failed(Reply.Failure.CONNECTION, "interrupted", since(started));
		}
	}

	private static Duration since(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}

	private static String describe(IOException ex) {
		String message = null;
		for (Throwable cause = ex; cause != null && message == null; cause = cause.getCause()) {
			message = cause.getMessage();
		}
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

}
