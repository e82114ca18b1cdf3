package ai.zimmer.loadtest.client;

/**
 * Test data for a run could not be created; the message says which call failed, how, and
 * what to check.
 */
public class SetupException extends RuntimeException {

	public SetupException(String message) {
		super(message);
	}

	public SetupException(String message, Throwable cause) {
		super(message, cause);
	}

}
