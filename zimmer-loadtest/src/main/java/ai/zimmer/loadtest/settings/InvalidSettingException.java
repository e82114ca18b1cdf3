package ai.zimmer.loadtest.settings;

/**
 * A run setting that cannot be used; the message names the setting, the value and what to
 * pass instead.
 */
public class InvalidSettingException extends RuntimeException {

	public InvalidSettingException(String message) {
		super(message);
	}

}
