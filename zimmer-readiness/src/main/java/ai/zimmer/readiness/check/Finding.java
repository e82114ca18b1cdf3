package ai.zimmer.readiness.check;

import java.util.Arrays;

import ai.zimmer.readiness.http.Reply;

/**
 * One observation inside a check, such as one endpoint answering, with whether it met its
 * expectation.
 *
 * @param met whether the expectation held
 * @param line what was observed, readable on its own
 */
public record Finding(boolean met, String line) {

	public static Finding of(boolean met, String line) {
		return new Finding(met, line);
	}

	/**
	 * A request expected to answer one of the given statuses.
	 * @param label the request, such as {@code GET /livez}
	 * @param reply what it answered
	 * @param expected the acceptable statuses
	 * @return the finding
	 */
	public static Finding status(String label, Reply reply, int... expected) {
		boolean met = reply.answered() && Arrays.stream(expected).anyMatch((status) -> status == reply.status());
		return new Finding(met, label + " -> " + reply.describe() + " (expected " + statuses(expected) + ", "
				+ reply.elapsedMillis() + " ms)");
	}

	private static String statuses(int[] expected) {
		return String.join(" or ", Arrays.stream(expected).mapToObj(String::valueOf).toList());
	}

	public Finding and(boolean condition, String requirement) {
		return condition ? this : new Finding(false, this.line + "; " + requirement);
	}

}
