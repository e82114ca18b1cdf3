package ai.zimmer.readiness.check;

import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import javax.net.ssl.SSLContext;

/**
 * Everything a run needs to know about its target and its limits. Optional values are
 * absent when the operator did not give them; the checks that need them are then skipped.
 */
public final class ReadinessSettings {

	private final URI baseUrl;

	private final Credentials customer;

	private final Credentials staff;

	private final String vendorToken;

	private final String subscriptionId;

	private final String allowedOrigin;

	private final String foreignOrigin;

	private final String expiredToken;

	private final URI prometheusUrl;

	private final Duration probeDuration;

	private final int connections;

	private final Duration requestTimeout;

	private final double minThroughput;

	private final int rateLimitAttempts;

	private final SSLContext sslContext;

	private ReadinessSettings(Builder builder) {
		this.baseUrl = builder.baseUrl;
		this.customer = builder.customer;
		this.staff = builder.staff;
		this.vendorToken = builder.vendorToken;
		this.subscriptionId = builder.subscriptionId;
		this.allowedOrigin = builder.allowedOrigin;
		this.foreignOrigin = builder.foreignOrigin;
		this.expiredToken = builder.expiredToken;
		this.prometheusUrl = (builder.prometheusUrl != null) ? builder.prometheusUrl
				: URI.create(trimmed(builder.baseUrl) + "/actuator/prometheus");
		this.probeDuration = builder.probeDuration;
		this.connections = builder.connections;
		this.requestTimeout = builder.requestTimeout;
		this.minThroughput = builder.minThroughput;
		this.rateLimitAttempts = builder.rateLimitAttempts;
		this.sslContext = builder.sslContext;
	}

	public static Builder builder(URI baseUrl) {
		return new Builder(baseUrl);
	}

	private static String trimmed(URI url) {
		String text = url.toString();
		return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
	}

	public URI baseUrl() {
		return this.baseUrl;
	}

	public Optional<Credentials> customer() {
		return Optional.ofNullable(this.customer);
	}

	public Optional<Credentials> staff() {
		return Optional.ofNullable(this.staff);
	}

	public Optional<String> vendorToken() {
		return Optional.ofNullable(this.vendorToken);
	}

	public Optional<String> subscriptionId() {
		return Optional.ofNullable(this.subscriptionId);
	}

	public Optional<String> allowedOrigin() {
		return Optional.ofNullable(this.allowedOrigin);
	}

	public String foreignOrigin() {
		return this.foreignOrigin;
	}

	public Optional<String> expiredToken() {
		return Optional.ofNullable(this.expiredToken);
	}

	public URI prometheusUrl() {
		return this.prometheusUrl;
	}

	public Duration probeDuration() {
		return this.probeDuration;
	}

	public int connections() {
		return this.connections;
	}

	public Duration requestTimeout() {
		return this.requestTimeout;
	}

	public double minThroughput() {
		return this.minThroughput;
	}

	public int rateLimitAttempts() {
		return this.rateLimitAttempts;
	}

	public SSLContext sslContext() {
		return this.sslContext;
	}

	public boolean https() {
		return "https".equalsIgnoreCase(this.baseUrl.getScheme());
	}

	/** Collects settings; defaults are those of the command line. */
	public static final class Builder {

		private final URI baseUrl;

		private Credentials customer;

		private Credentials staff;

		private String vendorToken;

		private String subscriptionId;

		private String allowedOrigin;

		private String foreignOrigin = "https://evil.example";

		private String expiredToken;

		private URI prometheusUrl;

		private Duration probeDuration = Duration.ofSeconds(20);

		private int connections = 50;

		private Duration requestTimeout = Duration.ofSeconds(2);

		private double minThroughput = 100;

		private int rateLimitAttempts = 30;

		private SSLContext sslContext;

		private Builder(URI baseUrl) {
			this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
		}

		public Builder customer(Credentials customer) {
			this.customer = customer;
			return this;
		}

		public Builder staff(Credentials staff) {
			this.staff = staff;
			return this;
		}

		public Builder vendorToken(String vendorToken) {
			this.vendorToken = vendorToken;
			return this;
		}

		public Builder subscriptionId(String subscriptionId) {
			this.subscriptionId = subscriptionId;
			return this;
		}

		public Builder allowedOrigin(String allowedOrigin) {
			this.allowedOrigin = allowedOrigin;
			return this;
		}

		public Builder foreignOrigin(String foreignOrigin) {
			this.foreignOrigin = Objects.requireNonNull(foreignOrigin, "foreignOrigin");
			return this;
		}

		public Builder expiredToken(String expiredToken) {
			this.expiredToken = expiredToken;
			return this;
		}

		public Builder prometheusUrl(URI prometheusUrl) {
			this.prometheusUrl = prometheusUrl;
			return this;
		}

		public Builder probeDuration(Duration probeDuration) {
			this.probeDuration = Objects.requireNonNull(probeDuration, "probeDuration");
			return this;
		}

		public Builder connections(int connections) {
			this.connections = connections;
			return this;
		}

		public Builder requestTimeout(Duration requestTimeout) {
			this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
			return this;
		}

		public Builder minThroughput(double minThroughput) {
			this.minThroughput = minThroughput;
			return this;
		}

		public Builder rateLimitAttempts(int rateLimitAttempts) {
			this.rateLimitAttempts = rateLimitAttempts;
			return this;
		}

		public Builder sslContext(SSLContext sslContext) {
			this.sslContext = sslContext;
			return this;
		}

		public ReadinessSettings build() {
			if (this.sslContext == null) {
				this.sslContext = defaultSslContext();
			}
			return new ReadinessSettings(this);
		}

		private static SSLContext defaultSslContext() {
			try {
				return SSLContext.getDefault();
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("The JDK offers no default TLS context", ex);
			}
		}

	}

}
