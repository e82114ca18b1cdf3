package ai.zimmer.account;

import java.time.Instant;

import ai.zimmer.platform.security.Role;

/**
 * A person who signs in to Zimmer: a customer or a member of staff.
 */
public record User(long id, String name, String email, String phoneNumber, String passwordHash, Role role,
		boolean active, Instant emailVerifiedAt, boolean twofaEnabled, Instant createdAt) {
}
