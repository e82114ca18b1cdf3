package ai.zimmer.readiness.auth;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.endpoints.VendorUsageCheck;
import ai.zimmer.readiness.http.Call;
import ai.zimmer.readiness.http.ZimmerHttp;

/**
 * Protected paths refuse every access token that is missing, malformed, forged, unsigned,
 * tampered or expired, and the vendor usage endpoint refuses a missing or wrong service
 * token.
 */
public final class AuthenticationEnforcedCheck implements Check {

	static final List<String> PROTECTED_PATHS = List.of("/api/me", "/api/user/dashboard", "/api/user/usage?range=7d",
			"/api/user/automations");

	private static final CheckDefinition DEFINITION = new CheckDefinition("auth.enforced", "Authentication enforced",
			10, true,
			"every protected path answers 401 to a missing, malformed, forged-signature, alg=none, tampered and "
					+ "expired access token; usage reports without or with a wrong service token answer 401",
			"Anyone could read or spend customers' data if a protected path accepted a token it did not sign.",
			"Verify the JWT signature, algorithm and exp on every protected route (resource-server support, no "
					+ "permitAll on /api/user/**), and compare service tokens by hash before reading the body.");

	private final Clock clock;

	public AuthenticationEnforcedCheck(Clock clock) {
		this.clock = clock;
	}

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		List<ForgedTokens.Variant> variants = ForgedTokens.variants(context.customer().accessToken(),
				context.settings().expiredToken(), this.clock.instant());
		List<Finding> findings = new ArrayList<>();
		context.settings()
			.expiredToken()
			.ifPresent((token) -> findings.add(Finding.of(ForgedTokens.expired(token, this.clock.instant()),
					"operator-supplied expired token has an exp claim in the past")));
		for (ForgedTokens.Variant variant : variants) {
			for (String path : PROTECTED_PATHS) {
				findings.add(Finding.status("GET " + path + " with " + variant.label(),
						present(context.http().get(path), variant).send(), 401));
			}
		}
		findings.addAll(vendorFindings(context));
		long refused = findings.stream().filter(Finding::met).count();
		return Outcome.judge(findings, refused + " of " + findings.size() + " refused as expected");
	}

	private static Call present(Call call, ForgedTokens.Variant variant) {
		return (variant.token() != null) ? call.bearer(variant.token()) : call;
	}

	private static List<Finding> vendorFindings(CheckContext context) {
		ZimmerHttp http = context.http();
		String subscription = context.settings().subscriptionId().orElse("1");
		Object body = VendorUsageCheck.usageReport(subscription, "zimmer-readiness-forged");
		String wrongToken = context.settings().vendorToken().map((token) -> token + "x").orElse("forged.token");
		return List.of(
				Finding.status("POST /api/automation-usage/consume without a service token",
						http.post("/api/automation-usage/consume").json(body).send(), 401),
				Finding.status("POST /api/automation-usage/consume with a wrong service token",
						http.post("/api/automation-usage/consume")
							.header("X-Zimmer-Service-Token", wrongToken)
							.json(body)
							.send(),
						401));
	}

}
