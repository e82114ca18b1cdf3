package ai.zimmer.sample;

import com.sun.net.httpserver.Headers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** A request whose body has already been read within the size limit. */
final class InboundRequest {

	static final String SERVICE_TOKEN_HEADER = "X-Zimmer-Service-Token";

	private final Headers headers;

	private final byte[] body;

	private final JsonCodec json;

	InboundRequest(Headers headers, byte[] body, JsonCodec json) {
		this.headers = headers;
		this.body = body;
		this.json = json;
	}

	/**
	 * The service token Zimmer sends with every call.
	 * @return the token, never blank
	 * @throws ApiProblem 400 when the header is missing
	 */
	String serviceToken() {
		String token = this.headers.getFirst(SERVICE_TOKEN_HEADER);
		if (token == null || token.isBlank()) {
			throw ApiProblem.badRequest("missing_service_token", "Header " + SERVICE_TOKEN_HEADER
					+ " is required: Zimmer sends the automation's service token with every call");
		}
		return token.strip();
	}

	/**
	 * The body as a JSON object.
	 * @return the parsed body
	 * @throws ApiProblem 400 when the body is empty, not JSON or not an object
	 */
	JsonNode jsonObject() {
		if (this.body.length == 0) {
			throw ApiProblem.badRequest("malformed_request", "A JSON object body is required");
		}
		try {
			return this.json.readObject(this.body);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw ApiProblem.badRequest("malformed_request", "The body must be a JSON object");
		}
	}

}
