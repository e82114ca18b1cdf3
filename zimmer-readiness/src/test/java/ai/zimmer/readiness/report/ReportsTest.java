package ai.zimmer.readiness.report;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.http.Json;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsTest {

	private final RunReport report = new RunReport(URI.create("http://127.0.0.1:8000"),
			Instant.parse("2026-12-03T12:00:00Z"), Instant.parse("2026-12-03T12:00:30Z"),
			new Scorecard(List.of(ScorecardTest.result("auth.enforced", 10, true, CheckStatus.FAIL),
					ScorecardTest.result("security.tls", 5, false, CheckStatus.NOT_APPLICABLE),
					ScorecardTest.result("probe.latency", 10, false, CheckStatus.PASS)), 80),
			Map.of("probe_connections", 50));

	@Test
	void jsonShouldCarryVerdictScoreFormulaAndEveryCheck() {
		JsonNode json = Json.parse(JsonReport.render(this.report));

		assertThat(json.path("verdict").asString()).isEqualTo("not_ready");
		assertThat(json.path("score").asInt()).isEqualTo(50);
		assertThat(json.path("scoring_formula").asString()).isEqualTo(Scorecard.FORMULA);
		assertThat(json.path("blocking_not_passed").get(0).asString()).isEqualTo("auth.enforced");
		assertThat(json.path("elapsed_ms").asLong()).isEqualTo(30_000);
		assertThat(json.path("checks")).hasSize(3);
		JsonNode first = json.path("checks").get(0);
		assertThat(first.path("status").asString()).isEqualTo("fail");
		assertThat(first.path("threshold").asString()).isEqualTo("rule");
		assertThat(first.path("observed").asString()).isEqualTo("observed auth.enforced");
		assertThat(first.path("action").asString()).isEqualTo("fix");
	}

	@Test
	void markdownShouldPublishFormulaTableAndActionsOfFailedChecks() {
		String markdown = MarkdownReport.render(this.report);

		assertThat(markdown)
			.contains("**Verdict: NOT READY (score 50 < 80; blocking checks not passed: auth.enforced)**")
			.contains(Scorecard.FORMULA)
			.contains("| Check auth.enforced (`auth.enforced`) | **FAIL** | 10 | yes | rule | observed auth.enforced |")
			.contains("| Check security.tls (`security.tls`) | **NOT APPLICABLE** | 5 | no |")
			.contains("- **Action:** fix");
		assertThat(markdown.split("\\*\\*Action:\\*\\*", -1)).hasSize(3);
	}

}
