package ai.zimmer.sample;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reports usage to Zimmer ({@code POST /api/automation-usage/consume}) with the
 * subscription's service token, the way a real vendor does after each bot answer.
 */
final class UsageReporter implements AutoCloseable {

	static final String CONSUME_PATH = "/api/automation-usage/consume";

	private static final System.Logger logger = System.getLogger(UsageReporter.class.getName());

	private final URI consumeUri;

	private final Timeouts timeouts;

	private final JsonCodec json;

	private final HttpClient client;

	UsageReporter(URI zimmerBaseUrl, Timeouts timeouts, JsonCodec json) {
		this.consumeUri = URI.create(stripTrailingSlash(zimmerBaseUrl.toString()) + CONSUME_PATH);
		this.timeouts = timeouts;
		this.json = json;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(timeouts.connect())
			.build();
	}

	/**
	 * Reports one unit of usage.
	 * @param subscription the subscription that used the automation
	 * @param usageType what was used, e.g. {@code message}
	 * @param requestId the idempotency key: repeating it never spends twice
	 * @return Zimmer's verdict
	 * @throws ApiProblem 502 when Zimmer is unreachable, refuses the report with an error
	 * or answers nonsense
	 * @throws InterruptedException when the service is closing
	 */
	UsageOutcome report(ProvisionedSubscription subscription, String usageType, String requestId)
			throws InterruptedException {
		HttpResponse<byte[]> response = send(subscription, usageBody(subscription, usageType, requestId));
		if (response.statusCode() != 200) {
			throw new ApiProblem(502, "usage_report_rejected",
					"Zimmer answered HTTP " + response.statusCode() + " to the usage report",
					Map.of("zimmer_status", response.statusCode()));
		}
		return outcome(response.body());
	}

	@Override
	public void close() {
		this.client.shutdownNow();
	}

	private byte[] usageBody(ProvisionedSubscription subscription, String usageType, String requestId) {
		ObjectNode body = this.json.createObject();
		body.set("user_automation_id", subscription.userAutomationId().json());
		body.put("units", 1);
		body.put("usage_type", usageType);
		body.put("request_id", requestId);
		return this.json.write(body);
	}

	private HttpResponse<byte[]> send(ProvisionedSubscription subscription, byte[] body) throws InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(this.consumeUri)
			.timeout(this.timeouts.request())
			.header("Content-Type", "application/json")
			.header(InboundRequest.SERVICE_TOKEN_HEADER, subscription.serviceToken())
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			logger.log(Level.WARNING, "Usage report to ''{0}'' failed: {1}", this.consumeUri, ex.toString());
			throw new ApiProblem(502, "zimmer_unavailable", "Zimmer at " + this.consumeUri
					+ " did not answer the usage report: " + ex.getClass().getSimpleName());
		}
	}

	private UsageOutcome outcome(byte[] body) {
		try {
			JsonNode answer = this.json.readObject(body);
			JsonNode accepted = answer.path("accepted");
			JsonNode demo = answer.path("remaining_demo_tokens");
			JsonNode paid = answer.path("remaining_paid_tokens");
			if (!accepted.isBoolean() || !demo.isIntegralNumber() || !paid.isIntegralNumber()) {
				throw new IllegalArgumentException("missing accepted or the remaining token counts");
			}
			return new UsageOutcome(accepted.booleanValue(), demo.longValue(), paid.longValue(),
					answer.path("message").asString(""));
		}
		catch (JacksonException ex) {
			throw badAnswer("not JSON");
		}
		catch (IllegalArgumentException ex) {
			throw badAnswer(ex.getMessage());
		}
	}

	private static ApiProblem badAnswer(String reason) {
		return new ApiProblem(502, "zimmer_bad_answer", "Zimmer's answer to the usage report is " + reason);
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * Limits for the call to Zimmer, so that a hung Zimmer never hangs the bot.
	 *
	 * @param connect the connect timeout
	 * @param request the limit for the whole exchange
	 */
	record Timeouts(Duration connect, Duration request) {

		static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));

	}

	/**
	 * Zimmer's verdict on one usage report.
	 *
	 * @param accepted whether the wallet covered the units
	 * @param remainingDemoTokens demo tokens left
	 * @param remainingPaidTokens paid tokens left
	 * @param message Zimmer's explanation
	 */
	record UsageOutcome(boolean accepted, long remainingDemoTokens, long remainingPaidTokens, String message) {
	}

}
