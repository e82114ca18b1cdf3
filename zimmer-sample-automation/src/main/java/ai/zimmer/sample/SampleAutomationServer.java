package ai.zimmer.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpServer;

/**
 * The reference automation (vendor) service: the vendor side of Zimmer's integration
 * contract, embeddable in a test or in Zimmer's local mode, and runnable on its own
 * through {@link #main(String[])}.
 *
 * <pre>{@code
 * try (SampleAutomationServer vendor = SampleAutomationServer.start(SampleAutomationSettings.defaults().withPort(0))) {
 *     vendor.faults().health(Faults.Health.DOWN);
 *     // ... point Zimmer at vendor.baseUrl() + "/health"
 * }
 * }</pre>
 */
public final class SampleAutomationServer implements AutoCloseable {

	private static final System.Logger logger = System.getLogger(SampleAutomationServer.class.getName());

	private final SampleAutomationSettings settings;

	private final HttpServer httpServer;

	private final ExecutorService executor;

	private final Router router;

	private final UsageReporter usageReporter;

	private final SubscriptionRegistry subscriptions;

	private final Faults faults;

	private final int port;

	private final String baseUrl;

	private final AtomicBoolean closed = new AtomicBoolean();

	private SampleAutomationServer(SampleAutomationSettings settings, HttpServer httpServer, ExecutorService executor,
			Router router, UsageReporter usageReporter, SubscriptionRegistry subscriptions, Faults faults) {
		this.settings = settings;
		this.httpServer = httpServer;
		this.executor = executor;
		this.router = router;
		this.usageReporter = usageReporter;
		this.subscriptions = subscriptions;
		this.faults = faults;
		this.port = httpServer.getAddress().getPort();
		this.baseUrl = baseUrl(httpServer.getAddress());
	}

	/**
	 * Starts listening; requests are served on virtual threads.
	 * @param settings where to listen and where Zimmer is
	 * @return the running service, to be closed
	 * @throws UncheckedIOException when the port cannot be bound
	 */
	public static SampleAutomationServer start(SampleAutomationSettings settings) {
		return start(settings, Clock.systemUTC(), UsageReporter.Timeouts.DEFAULT);
	}

	static SampleAutomationServer start(SampleAutomationSettings settings, Clock clock,
			UsageReporter.Timeouts timeouts) {
		HttpServer httpServer = bind(settings);
		JsonCodec json = new JsonCodec();
		Faults faults = new Faults();
		SubscriptionRegistry subscriptions = new SubscriptionRegistry();
		UsageReporter usageReporter = new UsageReporter(settings.zimmerBaseUrl(), timeouts, json);
		Router router = routes(new Router(json), settings, clock, faults, subscriptions, usageReporter);
		ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
		httpServer.setExecutor(executor);
		httpServer.createContext("/", router);
		httpServer.start();
		SampleAutomationServer server = new SampleAutomationServer(settings, httpServer, executor, router,
				usageReporter, subscriptions, faults);
		logger.log(Level.INFO, "Sample automation listening on {0}, reporting usage to {1}", server.baseUrl(),
				settings.zimmerBaseUrl());
		return server;
	}

	private static Router routes(Router router, SampleAutomationSettings settings, Clock clock, Faults faults,
			SubscriptionRegistry subscriptions, UsageReporter usageReporter) {
		KnowledgeBaseEndpoints knowledgeBase = new KnowledgeBaseEndpoints(subscriptions, clock);
		FaultsEndpoint faultsEndpoint = new FaultsEndpoint(faults);
		return router.route("GET", "/health", delayed(faults, new HealthEndpoint(faults, settings.version(), clock)))
			.route("POST", "/provision", delayed(faults, new ProvisionEndpoint(subscriptions, faults, clock)))
			.route("POST", "/kb/status", delayed(faults, knowledgeBase::status))
			.route("POST", "/kb/reset", delayed(faults, knowledgeBase::reset))
			.route("POST", "/chat", delayed(faults, new ChatEndpoint(subscriptions, usageReporter)))
			.route("GET", "/faults", faultsEndpoint::show)
			.route("POST", "/faults", faultsEndpoint::change)
			.route("DELETE", "/faults", faultsEndpoint::reset);
	}

	/**
	 * The fault switches stay undelayed, so that a demo can always switch a latency off
	 * again.
	 */
	private static Endpoint delayed(Faults faults, Endpoint endpoint) {
		return (request) -> {
			Thread.sleep(faults.latency());
			return endpoint.handle(request);
		};
	}

	private static HttpServer bind(SampleAutomationSettings settings) {
		InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
		try {
			return HttpServer.create(address, 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot listen on " + settings.host() + ":" + settings.port() + " ("
					+ ex.getMessage() + "): choose another port with --port or SAMPLE_PORT, or 0 for any free port",
					ex);
		}
	}

	/**
	 * The port actually bound, useful when the settings asked for port 0.
	 * @return the port
	 */
	public int port() {
		return this.port;
	}

	/**
	 * Where to reach the service, e.g. {@code http://127.0.0.1:8001}; a wildcard bind is
	 * reached over loopback.
	 * @return the base URL without a trailing slash
	 */
	public String baseUrl() {
		return this.baseUrl;
	}

	private static String baseUrl(InetSocketAddress bound) {
		InetAddress address = bound.getAddress();
		if (address.isAnyLocalAddress()) {
			return "http://127.0.0.1:" + bound.getPort();
		}
		String host = (address instanceof Inet6Address) ? "[" + address.getHostAddress() + "]"
				: address.getHostAddress();
		return "http://" + host + ":" + bound.getPort();
	}

	public SampleAutomationSettings settings() {
		return this.settings;
	}

	/**
	 * The live fault switches, the same as {@code POST /faults}.
	 * @return the mutable faults of this service
	 */
	public Faults faults() {
		return this.faults;
	}

	/**
	 * Whether Zimmer provisioned the subscription here, so a test can tell a provisioning
	 * call arrived.
	 * @param userAutomationId Zimmer's subscription id as text, e.g. {@code "42"}
	 * @return true after a successful {@code POST /provision} for it
	 */
	public boolean isProvisioned(String userAutomationId) {
		return this.subscriptions.find(new Identifier(userAutomationId, null)).isPresent();
	}

	int inFlightRequests() {
		return this.router.inFlight();
	}

	/**
	 * Stops at once: open connections are dropped and requests still waiting on an
	 * injected latency end.
	 */
	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.httpServer.stop(0);
		this.executor.shutdownNow();
		this.usageReporter.close();
		logger.log(Level.INFO, "Sample automation on port {0} stopped", String.valueOf(port()));
	}

	/**
	 * Runs the service until the JVM is stopped.
	 * @param args {@code --port}, {@code --host}, {@code --zimmer-url}, {@code --help}
	 */
	public static void main(String[] args) {
		StandaloneOptions options;
		try {
			options = StandaloneOptions.parse(args, System.getenv());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(StandaloneOptions.USAGE);
			System.exit(2);
			return;
		}
		if (options.helpRequested()) {
			System.out.println(StandaloneOptions.USAGE);
			return;
		}
		SampleAutomationServer server;
		try {
			server = start(options.settings());
		}
		catch (UncheckedIOException ex) {
			System.err.println(ex.getMessage());
			System.exit(1);
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(server::close, "sample-automation-shutdown"));
		System.out.println("Sample automation listening on " + server.baseUrl() + " (version "
				+ options.settings().version() + "), reporting usage to " + options.settings().zimmerBaseUrl());
	}

}
