package ai.zimmer.readiness.check;

/**
 * What a check is and how it is judged, fixed before it runs so that the report can
 * publish it.
 *
 * @param id stable identifier, such as {@code auth.enforced}
 * @param title short human name
 * @param weight points the check is worth in the score
 * @param blocking whether anything but a pass makes the deployment not ready whatever the
 * score
 * @param threshold the pass rule, stated so that it can stand next to the observed value
 * @param description what the check proves and why it matters
 * @param action what an operator should do when it does not pass
 */
public record CheckDefinition(String id, String title, int weight, boolean blocking, String threshold,
		String description, String action) {

	public CheckDefinition {
		if (weight < 0) {
			throw new IllegalArgumentException("Check '" + id + "' has weight " + weight + "; weights are >= 0");
		}
	}

}
