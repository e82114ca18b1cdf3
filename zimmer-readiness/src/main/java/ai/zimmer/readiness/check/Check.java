package ai.zimmer.readiness.check;

/**
 * One readiness check: a published definition and a way to run it against the deployment.
 */
public interface Check {

	CheckDefinition definition();

	/**
	 * Runs the check. Implementations report problems of the deployment as outcomes,
	 * never as exceptions.
	 * @param context the target, its HTTP access and the sessions shared between checks
	 * @return how the check ended
	 */
	Outcome run(CheckContext context);

}
