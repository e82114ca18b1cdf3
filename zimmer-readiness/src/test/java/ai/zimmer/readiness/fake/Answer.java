package ai.zimmer.readiness.fake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import ai.zimmer.readiness.http.Json;

/** An answer of the fake deployment before it is written. */
final class Answer {

	final int status;

	final Map<String, String> headers = new LinkedHashMap<>();

	final byte[] body;

	private Answer(int status, String contentType, String body) {
		this.status = status;
		this.body = body.getBytes(StandardCharsets.UTF_8);
		if (!body.isEmpty()) {
			this.headers.put("Content-Type", contentType);
		}
	}

	static Answer json(int status, Object body) {
		return new Answer(status, "application/json", Json.write(body));
	}

	static Answer text(int status, String body) {
		return new Answer(status, "text/plain; version=0.0.4", body);
	}

	static Answer empty(int status) {
		return new Answer(status, "", "");
	}

	static Answer problem(int status, String code) {
		return new Answer(status, "application/problem+json",
				Json.write(Map.of("type", "about:blank", "title", code, "status", status, "code", code)));
	}

	Answer header(String name, String value) {
		this.headers.put(name, value);
		return this;
	}

}
