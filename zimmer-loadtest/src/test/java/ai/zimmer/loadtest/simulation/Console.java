package ai.zimmer.loadtest.simulation;

/**
 * The run's own lines in the Gatling console: what was prepared, where the summary went.
 */
final class Console {

	private Console() {
	}

	static void line(String text) {
		System.out.println("[zimmer-loadtest] " + text);
	}

	static void problem(String text) {
		System.err.println("[zimmer-loadtest] " + text);
	}

}
