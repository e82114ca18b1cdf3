package ai.zimmer.readiness.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of running a check: a status, the observed value to set beside the
 * threshold, and the findings behind it.
 *
 * @param status how the check ended
 * @param observed the observed value, or the reason a check was skipped
 * @param details the individual findings, one line each
 */
public record Outcome(CheckStatus status, String observed, List<String> details) {

	private static final int SHOWN_UNMET = 2;

	public Outcome {
		details = List.copyOf(details);
	}

	public static Outcome pass(String observed, List<String> details) {
		return new Outcome(CheckStatus.PASS, observed, details);
	}

	public static Outcome fail(String observed, List<String> details) {
		return new Outcome(CheckStatus.FAIL, observed, details);
	}

	public static Outcome skipped(String reason) {
		return new Outcome(CheckStatus.SKIPPED, reason, List.of());
	}

	public static Outcome skipped(String reason, List<String> details) {
		return new Outcome(CheckStatus.SKIPPED, reason, details);
	}

	public static Outcome notApplicable(String reason) {
		return new Outcome(CheckStatus.NOT_APPLICABLE, reason, List.of());
	}

	/**
	 * Passes when every finding met its expectation; otherwise the unmet ones become the
	 * observed value.
	 * @param findings what the check observed
	 * @param summary the observed value when every finding held
	 * @return the outcome
	 */
	public static Outcome judge(List<Finding> findings, String summary) {
		List<String> unmet = findings.stream().filter((finding) -> !finding.met()).map(Finding::line).toList();
		List<String> details = lines(findings);
		if (unmet.isEmpty()) {
			return pass(summary, details);
		}
		String shown = String.join("; ", unmet.subList(0, Math.min(unmet.size(), SHOWN_UNMET)));
		String more = (unmet.size() > SHOWN_UNMET) ? "; and " + (unmet.size() - SHOWN_UNMET) + " more" : "";
		return fail(unmet.size() + " of " + findings.size() + " not as expected: " + shown + more, details);
	}

	public static List<String> lines(List<Finding> findings) {
		List<String> lines = new ArrayList<>();
		for (Finding finding : findings) {
			lines.add((finding.met() ? "ok      " : "NOT OK  ") + finding.line());
		}
		return lines;
	}

}
