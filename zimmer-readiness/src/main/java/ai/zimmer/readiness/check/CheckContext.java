package ai.zimmer.readiness.check;

import java.util.function.Consumer;

import ai.zimmer.readiness.http.ZimmerHttp;

/**
 * What checks share during one run: the settings, HTTP access, the progress channel, and
 * the customer and staff sessions, each signed in at most once.
 */
public final class CheckContext {

	private final ReadinessSettings settings;

	private final ZimmerHttp http;

	private final Consumer<String> progress;

	private SignIn customer;

	private SignIn staff;

	public CheckContext(ReadinessSettings settings, Consumer<String> progress) {
		this.settings = settings;
		this.progress = progress;
		this.http = new ZimmerHttp(settings.baseUrl(), settings.requestTimeout(), settings.sslContext());
	}

	public ReadinessSettings settings() {
		return this.settings;
	}

	public ZimmerHttp http() {
		return this.http;
	}

	public void progress(String line) {
		this.progress.accept(line);
	}

	public SignIn customer() {
		if (this.customer == null) {
			this.customer = this.settings.customer()
				.map((credentials) -> SignIn.login(this.http, credentials, this.progress))
				.orElseGet(() -> SignIn.notConfigured("no customer credentials: pass --email and --password"));
		}
		return this.customer;
	}

	public SignIn staff() {
		if (this.staff == null) {
			this.staff = this.settings.staff()
				.map((credentials) -> SignIn.login(this.http, credentials, this.progress))
				.orElseGet(() -> SignIn.notConfigured(
						"no staff credentials: pass --staff-email and --staff-password to read staff-only monitoring"));
		}
		return this.staff;
	}

}
