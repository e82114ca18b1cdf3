package ai.zimmer.sample;

import java.net.URI;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the standalone service. A flag wins over its environment variable,
 * which wins over the default.
 *
 * @param settings the settings to start with
 * @param helpRequested whether to print the usage and exit
 */
record StandaloneOptions(SampleAutomationSettings settings, boolean helpRequested) {

	private static final Set<String> OPTIONS = Set.of("--port", "--host", "--zimmer-url");

	static final String USAGE = """
			Usage: java -jar zimmer-sample-automation-<version>-all.jar [options]
			  --port <n>         port to listen on, 0 for any free port (env SAMPLE_PORT, default 8001)
			  --host <address>   address to bind (env SAMPLE_HOST, default 127.0.0.1)
			  --zimmer-url <url> Zimmer base URL for usage reports (env ZIMMER_URL, default http://127.0.0.1:8000)
			  --help             print this help""";

	static StandaloneOptions parse(String[] args, Map<String, String> environment) {
		SampleAutomationSettings settings = fromEnvironment(environment);
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				return new StandaloneOptions(settings, true);
			}
			String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
			if (!OPTIONS.contains(name)) {
				throw new IllegalArgumentException("Unknown option '" + name + "'");
			}
			String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : valueAfter(args, ++i, name);
			settings = apply(settings, name, value);
		}
		return new StandaloneOptions(settings, false);
	}

	private static SampleAutomationSettings fromEnvironment(Map<String, String> environment) {
		SampleAutomationSettings settings = SampleAutomationSettings.defaults();
		settings = applyIfSet(settings, "--port", environment.get("SAMPLE_PORT"));
		settings = applyIfSet(settings, "--host", environment.get("SAMPLE_HOST"));
		return applyIfSet(settings, "--zimmer-url", environment.get("ZIMMER_URL"));
	}

	private static SampleAutomationSettings applyIfSet(SampleAutomationSettings settings, String name, String value) {
		return (value == null || value.isBlank()) ? settings : apply(settings, name, value.strip());
	}

	private static SampleAutomationSettings apply(SampleAutomationSettings settings, String name, String value) {
		try {
			return switch (name) {
				case "--port" -> settings.withPort(port(value));
				case "--host" -> settings.withHost(value);
				case "--zimmer-url" -> settings.withZimmerBaseUrl(URI.create(value));
				default -> throw new IllegalStateException("Unhandled option " + name);
			};
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("Invalid " + name + " '" + value + "': " + ex.getMessage());
		}
	}

	private static int port(String value) {
		try {
			return Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("expected an integer 0..65535");
		}
	}

	private static String valueAfter(String[] args, int index, String name) {
		if (index >= args.length) {
			throw new IllegalArgumentException("Option " + name + " needs a value");
		}
		return args[index];
	}

}
