package ai.zimmer.platform.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Secrets for local mode only: generated once and kept in the local data folder so that
 * tokens and encrypted values survive a restart. Production never uses this; it must set
 * the secrets in its environment.
 */
final class LocalSecrets {

	private static final String[] KEYS = { "zimmer.security.jwt-secret", "zimmer.security.encryption-key",
			"zimmer.admin.password" };

	private LocalSecrets() {
	}

	static Map<String, String> loadOrCreate(Path file) {
		Properties properties = new Properties();
		try {
			if (Files.exists(file)) {
				try (Reader reader = Files.newBufferedReader(file)) {
					properties.load(reader);
				}
			}
			boolean changed = false;
			for (String key : KEYS) {
				if (properties.getProperty(key) == null) {
					properties.setProperty(key, key.endsWith("password") ? randomPassword() : randomKey());
					changed = true;
				}
			}
			if (changed) {
				Files.createDirectories(file.getParent());
				try (Writer writer = Files.newBufferedWriter(file)) {
					properties.store(writer, "Zimmer local-mode secrets; never use these in production");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Local secrets could not be kept in '" + file + "'", ex);
		}
		Map<String, String> secrets = new TreeMap<>();
		properties.forEach((key, value) -> secrets.put((String) key, (String) value));
		return secrets;
	}

	private static String randomPassword() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return Base64.getEncoder().encodeToString(key);
	}

}
