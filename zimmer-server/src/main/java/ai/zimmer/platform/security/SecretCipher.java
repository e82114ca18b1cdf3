package ai.zimmer.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets that must be recovered later (vendor service tokens, bot tokens, TOTP
 * seeds) with AES-256-GCM. The stored form {@code v1:<key id>:<base64 nonce+ciphertext>}
 * names its key so that keys can rotate.
 */
public final class SecretCipher {

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	private final String keyId;

	public SecretCipher(byte[] key) {
		if (key.length != 32) {
			throw new IllegalArgumentException("An AES-256 key must be 32 bytes, got " + key.length);
		}
		this.key = new SecretKeySpec(key, "AES");
		this.keyId = keyId(key);
	}

	public String encrypt(String plaintext) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			this.random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(this.keyId.getBytes(StandardCharsets.US_ASCII));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return "v1:" + this.keyId + ":" + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM encryption failed", ex);
		}
	}

	public String decrypt(String stored) {
		String[] parts = stored.split(":", 3);
		if (parts.length != 3 || !"v1".equals(parts[0])) {
			throw new IllegalArgumentException("Not an encrypted secret of a known version");
		}
		if (!this.keyId.equals(parts[1])) {
			throw new IllegalStateException("Secret was encrypted with key '" + parts[1]
					+ "', which is not the configured ZIMMER_ENCRYPTION_KEY");
		}
		try {
			byte[] data = Base64.getDecoder().decode(parts[2]);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
			cipher.updateAAD(this.keyId.getBytes(StandardCharsets.US_ASCII));
			byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
			return new String(plain, StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Secret could not be decrypted: it was altered or the key is wrong", ex);
		}
	}

	private static String keyId(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			return HexFormat.of().formatHex(digest, 0, 4);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is required by the Java platform", ex);
		}
	}

}
