package ai.zimmer.readiness.report;

import java.util.Locale;
import java.util.TreeMap;

import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.CheckResult;
import ai.zimmer.readiness.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The machine-readable report, {@code readiness.json}. */
public final class JsonReport {

	private JsonReport() {
	}

	public static String render(RunReport report) {
		Scorecard scorecard = report.scorecard();
		ObjectNode root = Json.object()
			.put("tool", "zimmer-readiness")
			.put("target", report.target().toString())
			.put("started_at", report.startedAt().toString())
			.put("finished_at", report.finishedAt().toString())
			.put("elapsed_ms", report.elapsed().toMillis())
			.put("verdict", scorecard.ready() ? "ready" : "not_ready")
			.put("verdict_text", scorecard.verdictText())
			.put("score", scorecard.score())
			.put("min_score", scorecard.minScore())
			.put("earned_weight", scorecard.earnedWeight())
			.put("applicable_weight", scorecard.applicableWeight())
			.put("scoring_formula", Scorecard.FORMULA);
		ArrayNode blocking = root.putArray("blocking_not_passed");
		scorecard.blockingNotPassed().forEach((result) -> blocking.add(result.definition().id()));
		ObjectNode settings = root.putObject("settings");
		new TreeMap<>(report.settings()).forEach((key, value) -> settings.put(key, String.valueOf(value)));
		ArrayNode checks = root.putArray("checks");
		report.results().forEach((result) -> checks.add(check(result)));
		return Json.writePretty(root) + System.lineSeparator();
	}

	private static ObjectNode check(CheckResult result) {
		CheckDefinition definition = result.definition();
		ObjectNode check = Json.object()
			.put("id", definition.id())
			.put("title", definition.title())
			.put("status", result.status().name().toLowerCase(Locale.ROOT))
			.put("weight", definition.weight())
			.put("blocking", definition.blocking())
			.put("threshold", definition.threshold())
			.put("observed", result.outcome().observed())
			.put("description", definition.description())
			.put("action", definition.action())
			.put("elapsed_ms", result.elapsed().toMillis());
		ArrayNode details = check.putArray("details");
		result.outcome().details().forEach(details::add);
		return check;
	}

}
