package ai.zimmer.readiness.probe;

import java.util.List;
import java.util.Locale;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Outcome;

/**
 * Throughput the probe achieved. The floor is modest and configurable because the probe
 * is one machine's few connections, not the 1000-user load of the load profiles.
 */
public final class ProbeThroughputCheck implements Check {

	private final LoadProbe probe;

	private final double floor;

	public ProbeThroughputCheck(LoadProbe probe, double floor) {
		this.probe = probe;
		this.floor = floor;
	}

	@Override
	public CheckDefinition definition() {
		return new CheckDefinition("probe.throughput", "Throughput under load", 5, false, String.format(Locale.ROOT,
				"successful (200) requests per second over the probe's wall-clock time >= %.0f (--min-throughput)",
				this.floor),
				"A deployment that cannot serve a few connections quickly will not sustain its real traffic.",
				"Compare with the load profiles' results; look for saturated CPU, pools or a slow dependency.");
	}

	@Override
	public Outcome run(CheckContext context) {
		ProbeResult result = this.probe.result(context);
		String observed = String.format(Locale.ROOT, "%.1f successful req/s with %d connections over %.1f s",
				result.throughput(), result.connections(), result.wallClock().toNanos() / 1e9);
		List<String> details = List.of(result.describe());
		return (result.throughput() >= this.floor) ? Outcome.pass(observed, details) : Outcome.fail(observed, details);
	}

}
