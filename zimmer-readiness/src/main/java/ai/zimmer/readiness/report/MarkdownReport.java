package ai.zimmer.readiness.report;

import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.CheckResult;

/**
 * The human-readable report, {@code readiness.md}: verdict, score table, formula and
 * every check's evidence.
 */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static String render(RunReport report) {
		Scorecard scorecard = report.scorecard();
		StringBuilder text = new StringBuilder();
		text.append("# Zimmer readiness report\n\n");
		text.append("- Target: ").append(report.target()).append('\n');
		text.append("- Run: ").append(report.startedAt()).append(" to ").append(report.finishedAt()).append('\n');
		text.append("- **Verdict: ").append(scorecard.verdictText()).append("**\n");
		text.append("- **Score: ")
			.append(scorecard.score())
			.append(" / 100** (")
			.append(scorecard.earnedWeight())
			.append(" of ")
			.append(scorecard.applicableWeight())
			.append(" applicable points; ready at >= ")
			.append(scorecard.minScore())
			.append(")\n\n");
		text.append("## Scoring formula\n\n").append(Scorecard.FORMULA).append("\n\n");
		appendTable(text, scorecard);
		text.append("\n## Checks\n");
		report.results().forEach((result) -> appendCheck(text, result));
		return text.toString();
	}

	private static void appendTable(StringBuilder text, Scorecard scorecard) {
		text.append("## Results\n\n");
		text.append("| Check | Status | Weight | Blocking | Threshold | Observed |\n");
		text.append("|---|---|---|---|---|---|\n");
		for (CheckResult result : scorecard.results()) {
			CheckDefinition definition = result.definition();
			text.append("| ")
				.append(cell(definition.title() + " (`" + definition.id() + "`)"))
				.append(" | ")
				.append(status(result))
				.append(" | ")
				.append(definition.weight())
				.append(" | ")
				.append(definition.blocking() ? "yes" : "no")
				.append(" | ")
				.append(cell(definition.threshold()))
				.append(" | ")
				.append(cell(result.outcome().observed()))
				.append(" |\n");
		}
	}

	private static void appendCheck(StringBuilder text, CheckResult result) {
		CheckDefinition definition = result.definition();
		text.append("\n### ")
			.append(definition.title())
			.append(" (`")
			.append(definition.id())
			.append("`): ")
			.append(status(result))
			.append("\n\n");
		text.append("- Why: ").append(definition.description()).append('\n');
		text.append("- Pass rule: ").append(definition.threshold()).append('\n');
		text.append("- Observed: ").append(result.outcome().observed()).append('\n');
		if (!result.passed()) {
			text.append("- **Action:** ").append(definition.action()).append('\n');
		}
		if (!result.outcome().details().isEmpty()) {
			text.append("\n```\n");
			result.outcome().details().forEach((line) -> text.append(line).append('\n'));
			text.append("```\n");
		}
	}

	private static String status(CheckResult result) {
		String name = result.status().name().replace('_', ' ');
		return result.passed() ? name : "**" + name + "**";
	}

	private static String cell(String value) {
		String flat = value.replace("|", "\\|").replace("\n", " ");
		return flat.isEmpty() ? "-" : flat;
	}

}
