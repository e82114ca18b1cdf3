package ai.zimmer.loadtest.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What a run measured, in the shape written to {@code summary.json}.
 *
 * @param report the Gatling report directory the figures come from
 * @param run how the run was configured (profile, model, load, duration, target, gates),
 * when known
 */
public record RunSummary(Path report, Map<String, Object> run, ReportStatistics statistics, Optional<Knee> knee) {

	public RunSummary {
		run = Map.copyOf(run);
	}

}
