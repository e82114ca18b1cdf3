package ai.zimmer.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import ai.zimmer.monitoring.MonitoringProperties.Delivery;
import ai.zimmer.monitoring.MonitoringProperties.Webhook;
import ai.zimmer.monitoring.MonitoringProperties.WebhookType;

/**
 * The built-in alerting wired as in production (recorder, resource history, dependency
 * status, rules, evaluator, notifier, delivery) around a clock the test moves in steps of
 * the evaluation interval. Each step first records what the test says happened during it,
 * then evaluates.
 */
final class AlertScenario implements AutoCloseable {

	static final Duration STEP = Duration.ofSeconds(15);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));

	private final RequestRecorder recorder = new RequestRecorder(this.clock);

	private final ResourceHistory resources = new ResourceHistory(this.clock);

	private final DependencyStatus dependencies = new DependencyStatus(new SimpleMeterRegistry());

	private final List<AlertRule> rules = BuiltInAlertRules.create(AlertProperties.defaults(), this.recorder,
			this.resources, this.dependencies);

	private final AlertLog log = new AlertLog(100);

	private final WebhookDelivery delivery = new WebhookDelivery(
			new Delivery(Duration.ofSeconds(2), 3, Duration.ofMillis(20), 100));

	private final AlertEvaluator evaluator;

	AlertScenario(WebhookReceiver receiver, String name) {
		List<Webhook> webhooks = List.of(new Webhook(WebhookType.SLACK, receiver.url("/slack/" + name), null, null),
				new Webhook(WebhookType.PAGERDUTY, receiver.url("/pagerduty/" + name), "test-routing-key",
						Set.of(Severity.CRITICAL, Severity.WARNING)));
		this.evaluator = new AlertEvaluator(this.rules, this.log,
				new AlertNotifier(webhooks, this.delivery, "zimmer@test"), this.clock);
	}

	/**
	 * One step of normal operation: 100 fast requests without errors, everything up and
	 * lightly used.
	 */
	static void healthy(AlertScenario scenario) {
		scenario.requests(100, 20, 0);
		scenario.dependencies(true, true);
		scenario.resources(0.10, 0.30, 0.10);
	}

	void requests(int count, long latencyMillis, int errors) {
		for (int i = 0; i < count; i++) {
			this.recorder.record(TimeUnit.MILLISECONDS.toNanos(latencyMillis), i < errors);
		}
	}

	void dependencies(boolean databaseUp, boolean cacheUp) {
		long now = System.nanoTime();
		this.dependencies
			.database(new DatabaseCheck(
					databaseUp ? ComponentCheck.up(now, this.clock.instant())
							: ComponentCheck.down(now, this.clock.instant(),
									new IllegalStateException("connection refused")),
					databaseUp ? Boolean.TRUE : null));
		this.dependencies.cache(cacheUp ? ComponentCheck.up(now, this.clock.instant())
				: ComponentCheck.down(now, this.clock.instant(), new IllegalStateException("cache unreachable")));
	}

	void resources(double cpu, double heapUsage, double poolUsage) {
		this.resources.add(new ResourceSample(this.clock.millis(), cpu, cpu, heapUsage * 1000, 1000, poolUsage * 20,
				20 - poolUsage * 20, 20, 0, 0, 0));
	}

	/**
	 * Moves the clock one step, records the step's events and evaluates.
	 */
	void step(Consumer<AlertScenario> events) {
		this.clock.advance(STEP);
		events.accept(this);
		this.evaluator.evaluate();
	}

	boolean conditionHolds(String ruleId) {
		return rule(ruleId).evaluate().holds();
	}

	boolean firing(String ruleId) {
		return this.log.active().stream().anyMatch((event) -> event.ruleId().equals(ruleId));
	}

	AlertRule rule(String ruleId) {
		return this.rules.stream().filter((rule) -> rule.id().equals(ruleId)).findFirst().orElseThrow();
	}

	List<AlertEvent> events(String ruleId) {
		return this.log.recent().stream().filter((event) -> event.ruleId().equals(ruleId)).toList().reversed();
	}

	Instant now() {
		return this.clock.instant();
	}

	@Override
	public void close() {
		this.delivery.destroy();
	}

}
