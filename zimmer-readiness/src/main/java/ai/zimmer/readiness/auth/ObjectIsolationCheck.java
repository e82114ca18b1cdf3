package ai.zimmer.readiness.auth;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.check.RetryAfter;
import ai.zimmer.readiness.check.SignIn;
import ai.zimmer.readiness.http.Reply;
import ai.zimmer.readiness.http.ZimmerHttp;
import tools.jackson.databind.JsonNode;

/**
 * A second, throwaway customer cannot reach the test customer's subscription, by direct
 * read or through its own list. The owner's read is checked first, so that a subscription
 * nobody can read does not pass for isolation.
 */
public final class ObjectIsolationCheck implements Check {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final CheckDefinition DEFINITION = new CheckDefinition("auth.isolation", "Object isolation", 10,
			true,
			"the owner reads GET /api/user/automations/{id} with 200; a freshly registered customer gets 403 or 404 "
					+ "for it and does not find it in GET /api/user/automations",
			"One customer must never see or act on another customer's subscriptions, balances or usage.",
			"Authorise objects in the service layer (subscription.user_id == caller) for every /api/user/** "
					+ "path, not only by route rules.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		SignIn owner = context.customer();
		if (!owner.signedIn()) {
			return Outcome.skipped("needs the test customer signed in: " + owner.problem());
		}
		String ownerToken = owner.accessToken().get();
		Optional<String> subscription = context.settings()
			.subscriptionId()
			.or(() -> firstSubscription(context.http(), ownerToken));
		if (subscription.isEmpty()) {
			return Outcome.skipped("the test customer has no subscription to protect; pass --subscription-id");
		}
		String path = "/api/user/automations/" + subscription.get();
		Reply ownerRead = context.http().get(path).bearer(ownerToken).send();
		if (ownerRead.status() != 200) {
			return Outcome.skipped("the owner's own GET " + path + " answered " + ownerRead.describe()
					+ ", so isolation cannot be told apart from absence; pass the test customer's --subscription-id");
		}
		SignIn intruder = registerIntruder(context);
		if (!intruder.signedIn()) {
			return Outcome.skipped("could not register a second customer: " + intruder.problem());
		}
		return judge(context.http(), path, subscription.get(), intruder.accessToken().get());
	}

	private static Outcome judge(ZimmerHttp http, String path, String subscription, String intruderToken) {
		List<Finding> findings = new ArrayList<>();
		findings.add(Finding.of(true, "owner GET " + path + " -> 200"));
		findings
			.add(Finding.status("second customer GET " + path, http.get(path).bearer(intruderToken).send(), 403, 404));
		Reply list = http.get("/api/user/automations").bearer(intruderToken).send();
		findings.add(Finding.status("second customer GET /api/user/automations", list, 200)
			.and(!containsId(items(list.json()), subscription), "it lists subscription " + subscription));
		return Outcome.judge(findings, "second customer refused subscription " + subscription);
	}

	private static SignIn registerIntruder(CheckContext context) {
		String suffix = HexFormat.of().formatHex(randomBytes(6));
		Map<String, String> body = Map.of("name", "Readiness check " + suffix, "email",
				"readiness-" + suffix + "@example.com", "password", HexFormat.of().formatHex(randomBytes(16)));
		Reply reply = RetryAfter.honouredOnce("registration",
				() -> context.http().post("/api/auth/register").json(body).send(), context::progress);
		return SignIn.fromTokenReply(reply, 201, "registration of a second customer");
	}

	private static Optional<String> firstSubscription(ZimmerHttp http, String token) {
		JsonNode items = items(http.get("/api/user/automations").bearer(token).send().json());
		return items.isArray() && !items.isEmpty()
				? Optional.of(items.get(0).path("id").asString()).filter((id) -> !id.isBlank()) : Optional.empty();
	}

	private static JsonNode items(JsonNode body) {
		return body.isArray() ? body : body.path("items");
	}

	private static boolean containsId(JsonNode items, String id) {
		for (JsonNode item : items) {
			if (id.equals(item.path("id").asString())) {
				return true;
			}
		}
		return false;
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
