package ai.zimmer.readiness.fake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.net.ssl.SSLContext;

import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.Credentials;
import ai.zimmer.readiness.check.ReadinessSettings;
import ai.zimmer.readiness.http.Json;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import tools.jackson.databind.JsonNode;

/**
 * A small stand-in for a Zimmer deployment on a JDK HTTP server bound to loopback: well
 * behaved by default, and deliberately broken in the ways named by the {@link Flaw flaws}
 * it is started with.
 */
public final class FakeZimmer implements AutoCloseable {

	public static final Credentials CUSTOMER = new Credentials("demo@zimmer.local", "demo-password-123");

	public static final Credentials STAFF = new Credentials("admin@zimmer.local", "staff-password-123");

	public static final String SERVICE_TOKEN = "svc_7.a-long-random-secret";

	public static final String SUBSCRIPTION_ID = "41";

	public static final String ALLOWED_ORIGIN = "http://localhost:3000";

	private static final long CUSTOMER_ID = 1;

	private static final long STAFF_ID = 2;

	private static final int LOGIN_FAILURES_ALLOWED = 5;

	private static final Duration SLOW_ANSWER = Duration.ofMillis(300);

	private final Set<Flaw> flaws;

	private final HttpServer server;

	private final boolean https;

	private final ExecutorService handlers = Executors.newFixedThreadPool(16);

	private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor();

	private final FakeTokens tokens = new FakeTokens(Clock.systemUTC());

	private final AtomicLong requests = new AtomicLong();

	private final AtomicInteger failedLogins = new AtomicInteger();

	private final AtomicLong nextUserId = new AtomicLong(100);

	private final Map<String, Long> registered = new ConcurrentHashMap<>();

	private FakeZimmer(HttpServer server, boolean https, Set<Flaw> flaws) {
		this.server = server;
		this.https = https;
		this.flaws = flaws;
		server.createContext("/", this::handle);
		server.setExecutor(this.handlers);
		server.start();
	}

	public static FakeZimmer start(Flaw... flaws) {
		try {
			return new FakeZimmer(HttpServer.create(loopback(), 0), false, flawSet(flaws));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static FakeZimmer startHttps(SSLContext serverContext, Flaw... flaws) {
		try {
			HttpsServer server = HttpsServer.create(loopback(), 0);
			server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
			return new FakeZimmer(server, true, flawSet(flaws));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InetSocketAddress loopback() {
		return new InetSocketAddress("127.0.0.1", 0);
	}

	private static Set<Flaw> flawSet(Flaw... flaws) {
		Set<Flaw> set = EnumSet.noneOf(Flaw.class);
		set.addAll(List.of(flaws));
		return set;
	}

	public URI url() {
		return URI.create((this.https ? "https" : "http") + "://127.0.0.1:" + this.server.getAddress().getPort());
	}

	/**
	 * Settings with every option a full run needs, and a probe short enough for a unit
	 * test.
	 * @return a builder to adjust further
	 */
	public ReadinessSettings.Builder settings() {
		return ReadinessSettings.builder(url())
			.customer(CUSTOMER)
			.staff(STAFF)
			.vendorToken(SERVICE_TOKEN)
			.subscriptionId(SUBSCRIPTION_ID)
			.allowedOrigin(ALLOWED_ORIGIN)
			.probeDuration(Duration.ofSeconds(1))
			.connections(4)
			.requestTimeout(Duration.ofSeconds(5))
			.rateLimitAttempts(10);
	}

	public CheckContext context() {
		return context(settings());
	}

	public static CheckContext context(ReadinessSettings.Builder settings) {
		return new CheckContext(settings.build(), (line) -> {
		});
	}

	@Override
	public void close() {
		this.server.stop(0);
		this.delays.shutdownNow();
		this.handlers.shutdownNow();
	}

	private void handle(HttpExchange exchange) {
		long number = this.requests.incrementAndGet();
		Answer answer;
		try {
			answer = route(exchange, number);
		}
		catch (RuntimeException ex) {
			answer = Answer.problem(500, "fake_failure");
		}
		decorate(exchange, answer);
		Answer finished = answer;
		if (has(Flaw.SLOW_ANSWERS)) {
			this.delays.schedule(() -> send(exchange, finished), SLOW_ANSWER.toMillis(), TimeUnit.MILLISECONDS);
		}
		else {
			send(exchange, finished);
		}
	}

	private Answer route(HttpExchange exchange, long number) {
		String method = exchange.getRequestMethod();
		String path = exchange.getRequestURI().getPath();
		if (method.equals("OPTIONS")) {
			return preflight(exchange);
		}
		if (has(Flaw.SERVER_ERROR_BURSTS) && number % 50 >= 40) {
			return Answer.problem(503, "unavailable").header("Retry-After", "1");
		}
		if (method.equals("POST")) {
			return post(exchange, path);
		}
		return switch (path) {
			case "/livez" -> Answer.json(200, Map.of("status", "alive"));
			case "/readyz" ->
				has(Flaw.LYING_HEALTH) ? Answer.problem(503, "not_ready") : Answer.json(200, Map.of("status", "ready"));
			case "/api/monitoring/health" -> health(exchange);
			case "/api/monitoring/metrics" -> staffOnly(exchange, this::metrics);
			case "/api/monitoring/alerts" -> staffOnly(exchange, () -> Answer.json(200, Map.of("active", List.of())));
			case "/actuator/prometheus" -> prometheus(exchange);
			case "/api/automations/marketplace" -> has(Flaw.MARKETPLACE_FAILING) ? Answer.problem(500, "internal")
					: Answer.json(200, Map.of("items", List.of(automation()), "next_cursor", ""));
			case "/api/automations/7" -> Answer.json(200, automation());
			default -> customerPath(exchange, path);
		};
	}

	private Answer post(HttpExchange exchange, String path) {
		JsonNode body = Json.parse(readBody(exchange));
		return switch (path) {
			case "/api/auth/login" -> login(body);
			case "/api/auth/register" -> register(body);
			case "/api/automation-usage/consume" -> consume(exchange);
			default -> Answer.problem(404, "not_found");
		};
	}

	private Answer customerPath(HttpExchange exchange, String path) {
		Optional<Long> caller = caller(exchange);
		boolean known = List.of("/api/me", "/api/user/dashboard", "/api/user/usage", "/api/user/automations")
			.contains(path) || path.startsWith("/api/user/automations/");
		if (!known) {
			return Answer.problem(404, "not_found");
		}
		if (caller.isEmpty()) {
			return Answer.problem(401, "unauthorized");
		}
		if (path.equals("/api/user/dashboard") && has(Flaw.DASHBOARD_FAILING)) {
			return Answer.problem(500, "internal");
		}
		if (path.equals("/api/user/automations")) {
			return Answer.json(200, Map.of("items", visibleSubscriptions(caller.get()), "next_cursor", ""));
		}
		if (path.startsWith("/api/user/automations/")) {
			String id = path.substring("/api/user/automations/".length());
			boolean readable = id.equals(SUBSCRIPTION_ID) && !visibleSubscriptions(caller.get()).isEmpty();
			return readable ? Answer.json(200, subscription()) : Answer.problem(404, "not_found");
		}
		return Answer.json(200, Map.of("id", caller.get(), "path", path));
	}

	private List<Object> visibleSubscriptions(long caller) {
		List<Object> visible = new ArrayList<>();
		if (caller == CUSTOMER_ID || has(Flaw.FOREIGN_DATA_REACHABLE)) {
			visible.add(subscription());
		}
		return visible;
	}

	private Answer login(JsonNode body) {
		String email = body.path("email").asString("");
		String password = body.path("password").asString("");
		if (email.equals(CUSTOMER.email()) && password.equals(CUSTOMER.password())) {
			return tokens(200, CUSTOMER_ID, "customer");
		}
		if (email.equals(STAFF.email()) && password.equals(STAFF.password())) {
			return tokens(200, STAFF_ID, "manager");
		}
		int failures = this.failedLogins.incrementAndGet();
		if (!has(Flaw.NO_RATE_LIMIT) && failures > LOGIN_FAILURES_ALLOWED) {
			Answer throttled = Answer.problem(429, "rate_limited");
			return has(Flaw.RATE_LIMIT_WITHOUT_RETRY_AFTER) ? throttled : throttled.header("Retry-After", "60");
		}
		return Answer.problem(401, "invalid_credentials");
	}

	private Answer register(JsonNode body) {
		String email = body.path("email").asString("");
		long id = this.nextUserId.incrementAndGet();
		if (email.isBlank() || this.registered.putIfAbsent(email, id) != null) {
			return Answer.problem(409, "email_taken");
		}
		return tokens(201, id, "customer");
	}

	private Answer tokens(int status, long userId, String role) {
		return Answer.json(status,
				Map.of("user", Map.of("id", userId, "role", role), "access_token", this.tokens.issue(userId, role, 900),
						"token_type", "bearer", "expires_in", 900, "refresh_token", "r." + userId));
	}

	private Answer consume(HttpExchange exchange) {
		String token = exchange.getRequestHeaders().getFirst("X-Zimmer-Service-Token");
		if (!SERVICE_TOKEN.equals(token) && !has(Flaw.SERVICE_TOKEN_NOT_CHECKED)) {
			return Answer.problem(401, "invalid_service_token");
		}
		if (has(Flaw.USAGE_REPORT_FAILING)) {
			return Answer.problem(500, "internal");
		}
		return Answer.json(200,
				Map.of("accepted", true, "remaining_demo_tokens", 99, "remaining_paid_tokens", 0, "message", "ok"));
	}

	private Answer health(HttpExchange exchange) {
		boolean staff = caller(exchange).filter((id) -> id == STAFF_ID).isPresent();
		String status = (has(Flaw.SLOW_DATABASE)) ? "degraded" : "healthy";
		if (!staff) {
			return Answer.json(200, Map.of("status", status));
		}
		Map<String, Object> database = Map.of("status", has(Flaw.LYING_HEALTH) ? "down" : "up", "round_trip_ms",
				has(Flaw.SLOW_DATABASE) ? 900.0 : 1.5);
		Map<String, Object> cache = Map.of("status", "up", "round_trip_ms", 0.3);
		return Answer.json(200, Map.of("status", status, "uptime_seconds", 60, "version", "test", "components",
				Map.of("database", database, "cache", cache)));
	}

	private Answer metrics() {
		if (has(Flaw.MONITORING_ABSENT)) {
			return Answer.problem(404, "not_found");
		}
		return Answer.json(200, Map.of("window_1m", Map.of("request_count", servedCount(), "error_rate", 0.0)));
	}

	private Answer prometheus(HttpExchange exchange) {
		if (has(Flaw.MONITORING_ABSENT)) {
			return Answer.problem(404, "not_found");
		}
		String accept = exchange.getRequestHeaders().getFirst("Accept");
		if (accept != null && !accept.contains("text/plain") && !accept.contains("*/*")) {
			// Like Spring Boot's Prometheus endpoint, which cannot produce JSON.
			return Answer.problem(406, "not_acceptable");
		}
		long count = servedCount();
		String labels = "method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/automations/marketplace\"";
		StringBuilder text = new StringBuilder("# TYPE http_server_requests_seconds histogram\n");
		for (String bound : List.of("0.2", "0.5", "1.0", "+Inf")) {
			text.append("http_server_requests_seconds_bucket{")
				.append(labels)
				.append(",le=\"")
				.append(bound)
				.append("\"} ")
				.append(count)
				.append('\n');
		}
		text.append("http_server_requests_seconds_count{").append(labels).append("} ").append(count).append('\n');
		text.append("http_server_requests_seconds_sum{").append(labels).append("} ").append(count * 0.002).append('\n');
		return Answer.text(200, text.toString());
	}

	private long servedCount() {
		return has(Flaw.FROZEN_METRICS) ? 1234 : this.requests.get();
	}

	private Answer staffOnly(HttpExchange exchange, Supplier<Answer> answer) {
		if (has(Flaw.MONITORING_ABSENT)) {
			return Answer.problem(404, "not_found");
		}
		Optional<Long> caller = caller(exchange);
		if (caller.isEmpty()) {
			return Answer.problem(401, "unauthorized");
		}
		return (caller.get() == STAFF_ID) ? answer.get() : Answer.problem(403, "forbidden");
	}

	private Optional<Long> caller(HttpExchange exchange) {
		String authorization = exchange.getRequestHeaders().getFirst("Authorization");
		Optional<Long> caller = Optional.empty();
		if (authorization != null && authorization.startsWith("Bearer ")) {
			String token = authorization.substring("Bearer ".length());
			caller = has(Flaw.SIGNATURE_NOT_VERIFIED) ? this.tokens.believe(token) : this.tokens.verify(token);
		}
		if (caller.isEmpty() && has(Flaw.PROTECTED_PATHS_OPEN)) {
			return Optional.of(CUSTOMER_ID);
		}
		return caller;
	}

	private Answer preflight(HttpExchange exchange) {
		String origin = exchange.getRequestHeaders().getFirst("Origin");
		boolean granted = !has(Flaw.NO_CORS) && (has(Flaw.WILDCARD_CORS) || ALLOWED_ORIGIN.equals(origin));
		if (origin == null || !granted) {
			return Answer.problem(403, "invalid_cors_request");
		}
		String requested = exchange.getRequestHeaders().getFirst("Access-Control-Request-Headers");
		return Answer.empty(200)
			.header("Access-Control-Allow-Methods", "GET,HEAD,POST,PUT,PATCH,DELETE,OPTIONS")
			.header("Access-Control-Allow-Headers", (requested != null) ? requested : "")
			.header("Access-Control-Max-Age", "1800");
	}

	private void decorate(HttpExchange exchange, Answer answer) {
		String origin = exchange.getRequestHeaders().getFirst("Origin");
		boolean granted = !has(Flaw.NO_CORS) && (has(Flaw.WILDCARD_CORS) || ALLOWED_ORIGIN.equals(origin));
		if (origin != null && granted) {
			answer.header("Access-Control-Allow-Origin", origin)
				.header("Access-Control-Allow-Credentials", "true")
				.header("Vary", "Origin");
		}
		if (!has(Flaw.NO_SECURITY_HEADERS)) {
			answer.header("X-Content-Type-Options", "nosniff")
				.header("X-Frame-Options", "DENY")
				.header("Referrer-Policy", "no-referrer")
				.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
			if (this.https) {
				answer.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
			}
		}
	}

	private static void send(HttpExchange exchange, Answer answer) {
		try (exchange) {
			answer.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
			exchange.sendResponseHeaders(answer.status, (answer.body.length == 0) ? -1 : answer.body.length);
			if (answer.body.length > 0) {
				try (OutputStream body = exchange.getResponseBody()) {
					body.write(answer.body);
				}
			}
		}
		catch (IOException ex) {
			// The client gave up (a timeout in a test); nothing to answer to.
		}
	}

	private static String readBody(HttpExchange exchange) {
		try (InputStream body = exchange.getRequestBody()) {
			return new String(body.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Map<String, Object> automation() {
		return Map.of("id", 7, "name", "Support bot", "description", "Answers customers", "pricing_type", "per_token",
				"price_per_token", 0.01, "health_status", "healthy");
	}

	private Map<String, Object> subscription() {
		return Map.of("id", Long.parseLong(SUBSCRIPTION_ID), "automation_id", 7, "automation_name", "Support bot",
				"demo_tokens", 100, "paid_tokens", 0, "status", "active");
	}

	private boolean has(Flaw flaw) {
		return this.flaws.contains(flaw);
	}

}
