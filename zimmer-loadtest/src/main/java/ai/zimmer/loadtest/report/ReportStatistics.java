package ai.zimmer.loadtest.report;

import java.util.List;
import java.util.Optional;

/**
 * The statistics of one Gatling report: the global row, every group and request row, the
 * gates and the errors.
 */
public record ReportStatistics(RequestStatistics global, List<RequestStatistics> rows, List<AssertionResult> assertions,
		List<ErrorCount> errors) {

	public ReportStatistics {
		rows = List.copyOf(rows);
		assertions = List.copyOf(assertions);
		errors = List.copyOf(errors);
	}

	public Optional<RequestStatistics> row(String qualifiedName) {
		return this.rows.stream().filter((row) -> row.qualifiedName().equals(qualifiedName)).findFirst();
	}

	/**
	 * Whether every gate passed; empty when the run had no gates (the benchmark measures,
	 * it does not judge).
	 */
	public Optional<Boolean> gatesPassed() {
		if (this.assertions.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.assertions.stream().allMatch(AssertionResult::passed));
	}

}
