package ai.zimmer.sample;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link SampleAutomationServer} listens and where it reports usage.
 *
 * @param host the address to bind, {@code 127.0.0.1} unless the service must be reachable
 * from other hosts
 * @param port the TCP port, {@code 0} for an ephemeral one (tests)
 * @param zimmerBaseUrl the Zimmer server that receives usage reports, e.g.
 * {@code http://127.0.0.1:8000}
 * @param version the version the health endpoint reports
 */
public record SampleAutomationSettings(String host, int port, URI zimmerBaseUrl, String version) {

	/** The port Zimmer's local mode expects the reference automation on. */
	public static final int DEFAULT_PORT = 8001;

	public static final String DEFAULT_HOST = "127.0.0.1";

	public static final URI DEFAULT_ZIMMER_BASE_URL = URI.create("http://127.0.0.1:8000");

	public SampleAutomationSettings {
		Objects.requireNonNull(host, "host must not be null");
		Objects.requireNonNull(zimmerBaseUrl, "zimmerBaseUrl must not be null");
		Objects.requireNonNull(version, "version must not be null");
		if (host.isBlank()) {
			throw new IllegalArgumentException("host must not be blank: use 127.0.0.1 for loopback only");
		}
		if (port < 0 || port > 65535) {
			throw new IllegalArgumentException("port must be 0..65535 (0 picks a free port) but was " + port);
		}
		requireHttpUrl(zimmerBaseUrl);
		if (version.isBlank()) {
			throw new IllegalArgumentException("version must not be blank");
		}
	}

	/**
	 * Settings for local use: loopback, port {@value #DEFAULT_PORT}, Zimmer at
	 * {@code http://127.0.0.1:8000} and the version of this build.
	 * @return the default settings
	 */
	public static SampleAutomationSettings defaults() {
		return new SampleAutomationSettings(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_ZIMMER_BASE_URL,
				BuildVersion.current());
	}

	public SampleAutomationSettings withHost(String host) {
		return new SampleAutomationSettings(host, this.port, this.zimmerBaseUrl, this.version);
	}

	public SampleAutomationSettings withPort(int port) {
		return new SampleAutomationSettings(this.host, port, this.zimmerBaseUrl, this.version);
	}

	public SampleAutomationSettings withZimmerBaseUrl(URI zimmerBaseUrl) {
		return new SampleAutomationSettings(this.host, this.port, zimmerBaseUrl, this.version);
	}

	public SampleAutomationSettings withVersion(String version) {
		return new SampleAutomationSettings(this.host, this.port, this.zimmerBaseUrl, version);
	}

	private static void requireHttpUrl(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
			throw new IllegalArgumentException(
					"zimmerBaseUrl must be an absolute http(s) URL such as http://127.0.0.1:8000 but was '" + url
							+ "'");
		}
	}

}
