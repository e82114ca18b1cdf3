package ai.zimmer.account;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One refresh-token family: the id is the public part of the refresh token, the hash is
 * of its current secret.
 */
record Session(UUID id, long userId, byte[] tokenHash, Instant lastUsedAt, Instant expiresAt, Instant revokedAt) {

	boolean usableAt(Instant now, Duration idleTimeout) {
		return this.revokedAt == null && now.isBefore(this.expiresAt)
				&& now.isBefore(this.lastUsedAt.plus(idleTimeout));
	}

}
