package ai.zimmer.loadtest.settings;

import java.net.URI;

/**
 * Where a run sends its traffic and how it prepares its test data there.
 *
 * @param baseUrl the Zimmer instance under load
 * @param vendorUrl the vendor service the run's automation points at (the reference
 * automation of local mode)
 * @param admin the manager account used to create the run's automation and its service
 * token
 */
public record Target(URI baseUrl, URI vendorUrl, AdminCredentials admin) {

	public static final String DEFAULT_BASE_URL = "http://127.0.0.1:8000";

	public static final String DEFAULT_VENDOR_URL = "http://127.0.0.1:8001";

	static final String DEFAULT_ADMIN_EMAIL = "admin@zimmer.local";

	public static Target read(SettingsReader reader) {
		URI baseUrl = TargetGuard.checked(reader.text("baseUrl").orElse(DEFAULT_BASE_URL), reader.flag("allowRemote"));
		URI vendorUrl = TargetGuard.baseUrl("sampleUrl", reader.text("sampleUrl").orElse(DEFAULT_VENDOR_URL));
		AdminCredentials admin = new AdminCredentials(
				reader.text("adminEmail", "ZIMMER_ADMIN_EMAIL", DEFAULT_ADMIN_EMAIL),
				reader.text("adminPassword", "ZIMMER_ADMIN_PASSWORD", ""));
		if (!admin.complete()) {
			throw new InvalidSettingException("A run creates its vendor automation through the admin API and needs"
					+ " a manager account: pass -DadminEmail=... -DadminPassword=... or set ZIMMER_ADMIN_EMAIL and"
					+ " ZIMMER_ADMIN_PASSWORD (local mode prints the generated password at start-up).");
		}
		return new Target(baseUrl, vendorUrl, admin);
	}

}
