package ai.zimmer.readiness.report;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.CheckResult;
import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.check.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardTest {

	@Test
	void shouldScorePassedWeightOverApplicableWeight() {
		Scorecard scorecard = new Scorecard(
				List.of(result("a", 10, false, CheckStatus.PASS), result("b", 5, false, CheckStatus.FAIL),
						result("c", 5, false, CheckStatus.SKIPPED), result("d", 20, false, CheckStatus.NOT_APPLICABLE)),
				50);

		assertThat(scorecard.earnedWeight()).isEqualTo(10);
		assertThat(scorecard.applicableWeight()).isEqualTo(20);
		assertThat(scorecard.score()).isEqualTo(50);
		assertThat(scorecard.ready()).isTrue();
		assertThat(scorecard.verdictText()).isEqualTo("READY");
	}

	@Test
	void shouldNotBeReadyWhenScoreIsBelowTheMinimum() {
		Scorecard scorecard = new Scorecard(
				List.of(result("a", 70, false, CheckStatus.PASS), result("b", 30, false, CheckStatus.FAIL)), 80);

		assertThat(scorecard.score()).isEqualTo(70);
		assertThat(scorecard.ready()).isFalse();
		assertThat(scorecard.verdictText()).isEqualTo("NOT READY (score 70 < 80)");
	}

	@Test
	void shouldNotBeReadyWhenABlockingCheckFailsWhateverTheScore() {
		Scorecard scorecard = new Scorecard(
				List.of(result("a", 99, false, CheckStatus.PASS), result("auth", 1, true, CheckStatus.FAIL)), 80);

		assertThat(scorecard.score()).isEqualTo(99);
		assertThat(scorecard.ready()).isFalse();
		assertThat(scorecard.verdictText()).isEqualTo("NOT READY (blocking checks not passed: auth)");
	}

	@Test
	void shouldNotBeReadyWhenABlockingCheckWasSkipped() {
		Scorecard scorecard = new Scorecard(
				List.of(result("a", 99, false, CheckStatus.PASS), result("vendor", 1, true, CheckStatus.SKIPPED)), 80);

		assertThat(scorecard.ready()).isFalse();
		assertThat(scorecard.blockingNotPassed()).extracting((result) -> result.definition().id())
			.containsExactly("vendor");
	}

	static CheckResult result(String id, int weight, boolean blocking, CheckStatus status) {
		CheckDefinition definition = new CheckDefinition(id, "Check " + id, weight, blocking, "rule", "why", "fix");
		return new CheckResult(definition, new Outcome(status, "observed " + id, List.of()), Duration.ofMillis(3));
	}

}
