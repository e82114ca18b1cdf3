package ai.zimmer.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A high-entropy bearer secret of the form {@code <id>.<secret>}: the id finds the stored
 * row without a scan, the secret is kept only as a SHA-256 hash and compared in constant
 * time.
 */
public record OpaqueToken(UUID id, String secret) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int SECRET_BYTES = 32;

	private static final int MAX_LENGTH = 200;

	public static OpaqueToken generate() {
		return withId(UUID.randomUUID());
	}

	public static OpaqueToken withId(UUID id) {
		byte[] secret = new byte[SECRET_BYTES];
		RANDOM.nextBytes(secret);
		return new OpaqueToken(id, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
	}

	/**
	 * Parses a presented token; anything not of the expected form is empty, never an
	 * exception.
	 */
	public static Optional<OpaqueToken> parse(String presented) {
		if (presented == null || presented.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		int dot = presented.indexOf('.');
		if (dot <= 0 || dot == presented.length() - 1) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new OpaqueToken(UUID.fromString(presented.substring(0, dot)), presented.substring(dot + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	public byte[] hash() {
		try {
			return MessageDigest.getInstance("SHA-256").digest(this.secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by the Java platform", ex);
		}
	}

	public boolean matches(byte[] storedHash) {
		return storedHash != null && MessageDigest.isEqual(hash(), storedHash);
	}

	/**
	 * A form safe to show after creation: the id and the last four characters of the
	 * secret.
	 */
	public String masked() {
		return this.id + ".****" + this.secret.substring(this.secret.length() - 4);
	}

	public String value() {
		return this.id + "." + this.secret;
	}

	@Override
	public String toString() {
		return masked();
	}

}
