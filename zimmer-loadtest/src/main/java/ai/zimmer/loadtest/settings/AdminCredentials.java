package ai.zimmer.loadtest.settings;

/**
 * The manager account that creates the run's vendor automation; the password never
 * appears in a string form.
 */
public record AdminCredentials(String email, String password) {

	public boolean complete() {
		return !this.email.isBlank() && !this.password.isBlank();
	}

	@Override
	public String toString() {
		return "AdminCredentials[email=" + this.email + ", password=***]";
	}

}
