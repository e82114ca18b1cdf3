package ai.zimmer.platform.security;

import java.util.UUID;

/**
 * The authenticated user behind a request, resolved from the access token.
 *
 * @param userId the user's id
 * @param role the user's role when the token was issued
 * @param sessionId the session (refresh-token family) the access token belongs to
 */
public record Caller(long userId, Role role, UUID sessionId) {

	public boolean isStaff() {
		return this.role.isStaff();
	}

	public boolean isManager() {
		return this.role == Role.MANAGER;
	}

}
