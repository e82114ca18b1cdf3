package ai.zimmer.readiness.report;

import java.util.ArrayList;
import java.util.List;

import ai.zimmer.readiness.check.CheckResult;
import ai.zimmer.readiness.check.CheckStatus;

/** Turns check results into the published score and the verdict. */
public final class Scorecard {

	/** The scoring rule exactly as reports publish it. */
	public static final String FORMULA = "score = round(100 x (sum of weights of passed checks) / (sum of weights of "
			+ "applicable checks)). A skipped check counts in the divisor only; a not-applicable check counts in "
			+ "neither. Ready if and only if score >= minimum score AND every blocking check passed (a blocking check "
			+ "that failed or was skipped means not ready whatever the score).";

	private final List<CheckResult> results;

	private final int minScore;

	public Scorecard(List<CheckResult> results, int minScore) {
		this.results = List.copyOf(results);
		this.minScore = minScore;
	}

	public int earnedWeight() {
		return this.results.stream()
			.filter(CheckResult::passed)
			.mapToInt((result) -> result.definition().weight())
			.sum();
	}

	public int applicableWeight() {
		return this.results.stream()
			.filter((result) -> result.status() != CheckStatus.NOT_APPLICABLE)
			.mapToInt((result) -> result.definition().weight())
			.sum();
	}

	public int score() {
		int applicable = applicableWeight();
		return (applicable == 0) ? 0 : (int) Math.round(100.0 * earnedWeight() / applicable);
	}

	public List<CheckResult> blockingNotPassed() {
		return this.results.stream().filter((result) -> result.definition().blocking() && !result.passed()).toList();
	}

	public boolean ready() {
		return score() >= this.minScore && blockingNotPassed().isEmpty();
	}

	public int minScore() {
		return this.minScore;
	}

	public List<CheckResult> results() {
		return this.results;
	}

	public String verdictText() {
		if (ready()) {
			return "READY";
		}
		List<String> reasons = new ArrayList<>();
		if (score() < this.minScore) {
			reasons.add("score " + score() + " < " + this.minScore);
		}
		if (!blockingNotPassed().isEmpty()) {
			reasons.add("blocking checks not passed: " + String.join(", ",
					blockingNotPassed().stream().map((result) -> result.definition().id()).toList()));
		}
		return "NOT READY (" + String.join("; ", reasons) + ")";
	}

}
