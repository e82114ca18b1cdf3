package ai.zimmer.readiness.endpoints;

import java.util.List;
import java.util.Map;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;
import tools.jackson.databind.JsonNode;

/**
 * The vendor's usage report with a real service token. It reports one unit under a fixed
 * request id per subscription, so the first run ever spends one unit and every later run
 * is an idempotent replay.
 */
public final class VendorUsageCheck implements Check {

	private static final CheckDefinition DEFINITION = new CheckDefinition("endpoints.vendor", "Vendor usage report", 5,
			true,
			"POST /api/automation-usage/consume with the service token answers 200 with a boolean 'accepted' "
					+ "(a refusal for want of tokens is a valid answer)",
			"Automation services can report usage, which is how customers are billed.",
			"Check that --vendor-token is the automation's current service token (rotate-token shows it once) and "
					+ "that --subscription-id is a subscription to that automation.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		if (context.settings().vendorToken().isEmpty() || context.settings().subscriptionId().isEmpty()) {
			return Outcome
				.skipped("needs a service token and a subscription: pass --vendor-token and --subscription-id");
		}
		String subscriptionId = context.settings().subscriptionId().get();
		Reply reply = context.http()
			.post("/api/automation-usage/consume")
			.header("X-Zimmer-Service-Token", context.settings().vendorToken().get())
			.json(usageReport(subscriptionId, "zimmer-readiness-" + subscriptionId))
			.send();
		JsonNode accepted = reply.json().path("accepted");
		Finding finding = Finding.status("POST /api/automation-usage/consume", reply, 200)
			.and(accepted.isBoolean(), "body has no boolean 'accepted'");
		return Outcome.judge(List.of(finding), "200, accepted=" + accepted.asString("?"));
	}

	/**
	 * A one-unit usage report body.
	 * @param subscriptionId the subscription, sent as a number when it is one
	 * @param requestId idempotency key
	 * @return the body
	 */
	public static Map<String, Object> usageReport(String subscriptionId, String requestId) {
		return Map.of("user_automation_id", Identifiers.asJson(subscriptionId), "units", 1, "usage_type",
				"readiness_check", "request_id", requestId);
	}

}
