package ai.zimmer.marketplace;

import java.time.Instant;
import java.util.UUID;

import ai.zimmer.platform.security.OpaqueToken;

/**
 * The stored hash a presented service token must match: the current token's, or the
 * replaced token's while its grace period lasts.
 */
record StoredServiceToken(long automationId, byte[] hash, Instant validUntil, boolean automationActive) {

	static StoredServiceToken of(UUID presentedId, long automationId, UUID currentId, byte[] currentHash,
			UUID previousId, byte[] previousHash, Instant previousValidUntil, boolean active) {
		if (presentedId.equals(currentId)) {
			return new StoredServiceToken(automationId, currentHash, null, active);
		}
		return new StoredServiceToken(automationId, presentedId.equals(previousId) ? previousHash : null,
				previousValidUntil, active);
	}

	boolean accepts(OpaqueToken token, Instant now) {
		boolean inTime = this.validUntil == null || now.isBefore(this.validUntil);
		return inTime && token.matches(this.hash);
	}

}
