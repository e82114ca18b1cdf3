package ai.zimmer.readiness.report;

import java.io.PrintWriter;
import java.util.Locale;

import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.CheckResult;
import ai.zimmer.readiness.check.CheckStatus;

/**
 * The terminal side of a run: a line when each check starts and ends, and the closing
 * summary.
 */
public final class ConsoleReport {

	private static final String INDENT = "        ";

	private final PrintWriter out;

	public ConsoleReport(PrintWriter out) {
		this.out = out;
	}

	public void started(int index, int total, CheckDefinition definition) {
		this.out.printf(Locale.ROOT, "[%2d/%d] %s (%s)%n", index, total, definition.title(), definition.id());
		this.out.flush();
	}

	public void progress(String line) {
		this.out.println(INDENT + "... " + line);
		this.out.flush();
	}

	public void finished(CheckResult result) {
		this.out.printf(Locale.ROOT, "%s%-14s %s (%d ms)%n", INDENT, result.status(), result.outcome().observed(),
				result.elapsed().toMillis());
		if (result.status() == CheckStatus.FAIL) {
			this.out.println(INDENT + "action: " + result.definition().action());
		}
		this.out.flush();
	}

	public void summary(RunReport report) {
		Scorecard scorecard = report.scorecard();
		this.out.println();
		this.out.printf(Locale.ROOT, "Score %d/100 (%d of %d applicable points; ready at >= %d)%n", scorecard.score(),
				scorecard.earnedWeight(), scorecard.applicableWeight(), scorecard.minScore());
		for (CheckResult result : scorecard.blockingNotPassed()) {
			this.out.printf(Locale.ROOT, "Blocking check not passed: %s (%s)%n", result.definition().id(),
					result.status());
		}
		this.out.println("Verdict: " + scorecard.verdictText());
		this.out.flush();
	}

}
