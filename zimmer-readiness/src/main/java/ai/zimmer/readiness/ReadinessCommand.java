package ai.zimmer.readiness;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import ai.zimmer.readiness.check.Credentials;
import ai.zimmer.readiness.check.ReadinessSettings;
import ai.zimmer.readiness.report.ConsoleReport;
import ai.zimmer.readiness.report.JsonReport;
import ai.zimmer.readiness.report.MarkdownReport;
import ai.zimmer.readiness.report.RunReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code readiness} command: checks a running Zimmer deployment and exits 0 only when
 * it is ready.
 */
@Command(name = "readiness", mixinStandardHelpOptions = true, versionProvider = ReadinessCommand.Version.class,
		sortOptions = false, usageHelpWidth = 110,
		description = "Scores a running Zimmer deployment as a client sees it and writes readiness.json and "
				+ "readiness.md.",
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:ready", "1:not ready (or the reports could not be written)", "2:usage error" })
public final class ReadinessCommand implements Callable<Integer> {

	static final int READY = 0;

	static final int NOT_READY = 1;

	@Spec
	private CommandSpec spec;

	@Option(names = "--url", required = true, description = "Base URL of the deployment, e.g. http://127.0.0.1:8000")
	private String url;

	@Option(names = "--email", description = "Test customer's email")
	private String email;

	@Option(names = "--password", defaultValue = "${env:ZIMMER_READINESS_PASSWORD}",
			description = "Test customer's password (default: $ZIMMER_READINESS_PASSWORD)")
	private String password;

	@Option(names = "--vendor-token", defaultValue = "${env:ZIMMER_READINESS_VENDOR_TOKEN}",
			description = "An automation's service token (default: $ZIMMER_READINESS_VENDOR_TOKEN)")
	private String vendorToken;

	@Option(names = "--subscription-id", description = "The test customer's subscription to that automation")
	private String subscriptionId;

	@Option(names = "--allowed-origin", description = "An origin the CORS allow-list must accept, e.g. the front end")
	private String allowedOrigin;

	@Option(names = "--foreign-origin", defaultValue = "https://evil.example",
			description = "An origin CORS must refuse (default: ${DEFAULT-VALUE})")
	private String foreignOrigin;

	@Option(names = "--staff-email", description = "A staff account, to read staff-only monitoring")
	private String staffEmail;

	@Option(names = "--staff-password", defaultValue = "${env:ZIMMER_READINESS_STAFF_PASSWORD}",
			description = "The staff account's password (default: $ZIMMER_READINESS_STAFF_PASSWORD)")
	private String staffPassword;

	@Option(names = "--expired-token", description = "A genuinely signed, expired access token to present")
	private String expiredToken;

	@Option(names = "--prometheus-url", description = "Prometheus endpoint (default: <url>/actuator/prometheus)")
	private String prometheusUrl;

	@Option(names = "--out", defaultValue = "target/readiness",
			description = "Folder for readiness.json and readiness.md (default: ${DEFAULT-VALUE})")
	private Path out;

	@Option(names = "--duration", defaultValue = "20s", converter = DurationConverter.class,
			description = "Length of the load probe, 1s..5m (default: ${DEFAULT-VALUE})")
	private Duration duration;

	@Option(names = "--connections", defaultValue = "50",
			description = "Concurrent connections of the load probe, 1..500 (default: ${DEFAULT-VALUE})")
	private int connections;

	@Option(names = "--request-timeout", defaultValue = "2s", converter = DurationConverter.class,
			description = "Timeout of every request, 100ms..60s (default: ${DEFAULT-VALUE})")
	private Duration requestTimeout;

	@Option(names = "--min-throughput", defaultValue = "100",
			description = "Requests per second the probe must reach (default: ${DEFAULT-VALUE})")
	private double minThroughput;

	@Option(names = "--rate-limit-attempts", defaultValue = "30",
			description = "Failed logins to try before giving up on a 429, 1..100 (default: ${DEFAULT-VALUE})")
	private int rateLimitAttempts;

	@Option(names = "--min-score", defaultValue = "80",
			description = "Score needed to be ready, 0..100 (default: ${DEFAULT-VALUE})")
	private int minScore;

	private final Clock clock;

	public ReadinessCommand() {
		this(Clock.systemUTC());
	}

	ReadinessCommand(Clock clock) {
		this.clock = clock;
	}

	public static void main(String[] args) {
		System.exit(commandLine(new ReadinessCommand()).execute(args));
	}

	static CommandLine commandLine(ReadinessCommand command) {
		CommandLine commandLine = new CommandLine(command);
		commandLine.setExecutionExceptionHandler((ex, line, parseResult) -> {
			line.getErr().println("readiness: " + ex.getMessage());
			return NOT_READY;
		});
		return commandLine;
	}

	@Override
	public Integer call() throws IOException {
		ReadinessSettings settings = settings();
		PrintWriter console = this.spec.commandLine().getOut();
		console.println("Zimmer readiness check of " + settings.baseUrl());
		ReadinessRun run = new ReadinessRun(CheckCatalogue.standard(settings, this.clock), new ConsoleReport(console),
				this.clock);
		RunReport report = run.run(settings, this.minScore, publishedSettings(settings));
		new ConsoleReport(console).summary(report);
		writeReports(report, console);
		return report.scorecard().ready() ? READY : NOT_READY;
	}

	private ReadinessSettings settings() {
		validate();
		ReadinessSettings.Builder builder = ReadinessSettings.builder(baseUrl())
			.vendorToken(this.vendorToken)
			.subscriptionId(this.subscriptionId)
			.allowedOrigin(this.allowedOrigin)
			.foreignOrigin(this.foreignOrigin)
			.expiredToken(this.expiredToken)
			.probeDuration(this.duration)
			.connections(this.connections)
			.requestTimeout(this.requestTimeout)
			.minThroughput(this.minThroughput)
			.rateLimitAttempts(this.rateLimitAttempts);
		if (this.email != null) {
			builder.customer(new Credentials(this.email, this.password));
		}
		if (this.staffEmail != null) {
			builder.staff(new Credentials(this.staffEmail, this.staffPassword));
		}
		if (this.prometheusUrl != null) {
			builder.prometheusUrl(absoluteUrl("--prometheus-url", this.prometheusUrl));
		}
		return builder.build();
	}

	private void validate() {
		requirePassword("--email", this.email, "--password", "ZIMMER_READINESS_PASSWORD", this.password);
		requirePassword("--staff-email", this.staffEmail, "--staff-password", "ZIMMER_READINESS_STAFF_PASSWORD",
				this.staffPassword);
		requireRange("--connections", this.connections, 1, 500);
		requireRange("--rate-limit-attempts", this.rateLimitAttempts, 1, 100);
		requireRange("--min-score", this.minScore, 0, 100);
		requireRange("--duration", this.duration, Duration.ofSeconds(1), Duration.ofMinutes(5));
		requireRange("--request-timeout", this.requestTimeout, Duration.ofMillis(100), Duration.ofSeconds(60));
		if (!(this.minThroughput >= 0)) {
			throw usage("--min-throughput must be >= 0, got " + this.minThroughput);
		}
	}

	private URI baseUrl() {
		return absoluteUrl("--url", this.url);
	}

	private URI absoluteUrl(String option, String value) {
		try {
			URI uri = new URI(value);
			boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
			if (!web || uri.getHost() == null) {
				throw usage(option + " must be an absolute http or https URL, got '" + value + "'");
			}
			return uri;
		}
		catch (URISyntaxException ex) {
			throw usage(option + " is not a URL: " + ex.getMessage());
		}
	}

	private void requirePassword(String emailOption, String email, String passwordOption, String variable,
			String password) {
		if (email != null && password == null) {
			throw usage(emailOption + " needs " + passwordOption + " (or the environment variable " + variable + ")");
		}
	}

	private void requireRange(String option, int value, int min, int max) {
		if (value < min || value > max) {
			throw usage(option + " must be between " + min + " and " + max + ", got " + value);
		}
	}

	private void requireRange(String option, Duration value, Duration min, Duration max) {
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			throw usage(option + " must be between " + min + " and " + max + ", got " + value);
		}
	}

	private CommandLine.ParameterException usage(String message) {
		return new CommandLine.ParameterException(this.spec.commandLine(), message);
	}

	private Map<String, Object> publishedSettings(ReadinessSettings settings) {
		Map<String, Object> published = new LinkedHashMap<>();
		published.put("customer_email", (this.email != null) ? this.email : "(none)");
		published.put("staff_email", (this.staffEmail != null) ? this.staffEmail : "(none)");
		published.put("vendor_token_given", settings.vendorToken().isPresent());
		published.put("subscription_id", settings.subscriptionId().orElse("(none)"));
		published.put("allowed_origin", settings.allowedOrigin().orElse("(none)"));
		published.put("foreign_origin", settings.foreignOrigin());
		published.put("prometheus_url", settings.prometheusUrl());
		published.put("probe_duration", settings.probeDuration());
		published.put("probe_connections", settings.connections());
		published.put("request_timeout", settings.requestTimeout());
		published.put("min_throughput", settings.minThroughput());
		published.put("rate_limit_attempts", settings.rateLimitAttempts());
		return published;
	}

	private void writeReports(RunReport report, PrintWriter console) throws IOException {
		Files.createDirectories(this.out);
		Path json = this.out.resolve("readiness.json");
		Path markdown = this.out.resolve("readiness.md");
		Files.writeString(json, JsonReport.render(report), StandardCharsets.UTF_8);
		Files.writeString(markdown, MarkdownReport.render(report), StandardCharsets.UTF_8);
		console.println("Reports: " + json + ", " + markdown);
		console.flush();
	}

	/** Reads the version from the jar's manifest. */
	static final class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = ReadinessCommand.class.getPackage().getImplementationVersion();
			return new String[] { "zimmer-readiness " + ((version != null) ? version : "(development build)") };
		}

	}

}
