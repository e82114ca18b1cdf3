package ai.zimmer.readiness.http;

import java.net.URI;
import java.net.http.HttpRequest;

/** One request being assembled: method, path, headers and an optional JSON body. */
public final class Call {

	private final ZimmerHttp http;

	private final String method;

	private final HttpRequest.Builder request;

	private HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.noBody();

	Call(ZimmerHttp http, String method, String path) {
		this(http, method, http.resolve(path));
	}

	Call(ZimmerHttp http, String method, URI url) {
		this.http = http;
		this.method = method;
		this.request = HttpRequest.newBuilder(url).header("Accept", "application/json");
	}

	public Call header(String name, String value) {
		this.request.header(name, value);
		return this;
	}

	public Call accept(String mediaTypes) {
		this.request.setHeader("Accept", mediaTypes);
		return this;
	}

	public Call bearer(String accessToken) {
		return header("Authorization", "Bearer " + accessToken);
	}

	public Call json(Object value) {
		this.request.header("Content-Type", "application/json");
		this.body = HttpRequest.BodyPublishers.ofString(Json.write(value));
		return this;
	}

	public Reply send() {
		return this.http.send(this.request.method(this.method, this.body));
	}

}
