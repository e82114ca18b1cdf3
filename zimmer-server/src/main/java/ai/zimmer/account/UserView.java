package ai.zimmer.account;

import java.time.Instant;

import ai.zimmer.platform.security.Role;

/**
 * The profile of a user as the API shows it; never carries secrets.
 */
public record UserView(long id, String name, String email, String phoneNumber, Role role, boolean emailVerified,
		boolean twofaEnabled, boolean isActive, Instant createdAt) {

	static UserView of(User user) {
		return new UserView(user.id(), user.name(), user.email(), user.phoneNumber(), user.role(),
				user.emailVerifiedAt() != null, user.twofaEnabled(), user.active(), user.createdAt());
	}

}
