package ai.zimmer.readiness.check;

/**
 * An account's email and password.
 *
 * @param email the login email
 * @param password the password, never printed
 */
public record Credentials(String email, String password) {

	@Override
	public String toString() {
		return "Credentials[email=" + this.email + "]";
	}

}
