package ai.zimmer.readiness.probe;

import java.util.List;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Outcome;

/** Tail latency of the probe against the service-level objective. */
public final class ProbeLatencyCheck implements Check {

	static final double P95_LIMIT_MS = 200;

	static final double P99_LIMIT_MS = 500;

	private static final CheckDefinition DEFINITION = new CheckDefinition("probe.latency", "Latency under load", 10,
			false,
			"P95 < 200 ms and P99 < 500 ms over every probe request, errors and timeouts included (and at least one "
					+ "request answered 200)",
			"The latency objective of operations.md section 1, measured by the wall clock of a real client.",
			"Find the slow endpoint in the server's http_server_requests histogram; look for pool waits "
					+ "(hikaricp_connections_pending), missing indexes and cache misses.");

	private final LoadProbe probe;

	public ProbeLatencyCheck(LoadProbe probe) {
		this.probe = probe;
	}

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		ProbeResult result = this.probe.result(context);
		boolean fast = result.successes() > 0 && result.percentileMillis(95) < P95_LIMIT_MS
				&& result.percentileMillis(99) < P99_LIMIT_MS;
		List<String> details = List.of(result.describe(), "endpoints: " + String.join(", ", result.targets()));
		return fast ? Outcome.pass(result.latencySummary(), details) : Outcome.fail(result.latencySummary(), details);
	}

}
