package ai.zimmer.readiness.probe;

import java.util.List;
import java.util.Locale;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Outcome;

/**
 * Error rate of the probe. Every answer but 200 counts, 429 included: a deployment that
 * throttles this modest load would refuse its real users too.
 */
public final class ProbeErrorsCheck implements Check {

	static final double ERROR_LIMIT = 0.01;

	private static final CheckDefinition DEFINITION = new CheckDefinition("probe.errors", "Errors under load", 5, true,
			"errors < 1 % of probe requests (5xx, timeouts, connection failures, 429 and any other non-200)",
			"The error objective of operations.md section 1; a deployment failing its own read paths is not ready.",
			"Read the server log for the failing requests; for 429, exempt the checker's address from the per-IP "
					+ "ceiling or lower --connections; for timeouts, see the latency check.");

	private final LoadProbe probe;

	public ProbeErrorsCheck(LoadProbe probe) {
		this.probe = probe;
	}

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		ProbeResult result = this.probe.result(context);
		String observed = String.format(Locale.ROOT, "%.2f %% (%d of %d: %s)", result.errorRate() * 100,
				result.errors(), result.requests(), result.errorBreakdown());
		List<String> details = List.of(result.describe());
		return (result.requests() > 0 && result.errorRate() < ERROR_LIMIT) ? Outcome.pass(observed, details)
				: Outcome.fail(observed, details);
	}

}
