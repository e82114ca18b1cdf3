package ai.zimmer.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ai.zimmer.monitoring.AlertEvent.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every built-in rule of operations.md §5, driven by a moved clock and measurements
 * recorded through the real recorder and samplers: it fires once when its condition has
 * held for its duration (not a step earlier), stays quiet while it keeps holding,
 * resolves once when the condition ends, and a real HTTP receiver gets exactly one firing
 * and one resolve message per incident in Slack and PagerDuty shapes.
 */
class AlertEvaluatorTest {

	private static final Duration PATIENCE = Duration.ofHours(2);

	private static WebhookReceiver receiver;

	@BeforeAll
	static void startReceiver() {
		receiver = new WebhookReceiver();
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	static Stream<Arguments> rules() {
		return Stream.of(rule("latency_p95_critical", 5, (s) -> s.requests(100, 1500, 0)),
				rule("latency_p95_warning", 10, (s) -> s.requests(100, 700, 0)),
				rule("error_rate_critical", 5, (s) -> s.requests(100, 20, 20)),
				rule("error_rate_warning", 10, (s) -> s.requests(100, 20, 8)),
				rule("database_down", 1, (s) -> s.dependencies(false, true)),
				rule("cache_down", 1, (s) -> s.dependencies(true, false)),
				rule("cpu_high", 10, (s) -> s.resources(0.95, 0.30, 0.10)),
				rule("memory_high", 10, (s) -> s.resources(0.10, 0.95, 0.10)),
				rule("connection_pool_high", 5, (s) -> s.resources(0.10, 0.30, 0.90)),
				rule("error_budget_burn_critical", 2, (s) -> s.requests(100, 20, 3)),
				rule("error_budget_burn_warning", 15, (s) -> s.requests(100, 20, 3)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rules")
	void ruleShouldFireOnceAfterHoldingForItsDurationAndResolveOnce(String ruleId, Duration holdFor,
			Consumer<AlertScenario> breach) {
		try (AlertScenario scenario = new AlertScenario(receiver, ruleId)) {
			assertThat(scenario.rule(ruleId).holdFor()).isEqualTo(holdFor);
			runFor(scenario, AlertScenario::healthy, Duration.ofMinutes(10));
			assertThat(scenario.conditionHolds(ruleId)).isFalse();

			Instant holdingSince = runUntil(scenario, breach, () -> scenario.conditionHolds(ruleId), PATIENCE);
			Instant firedAt = runUntil(scenario, breach, () -> scenario.firing(ruleId), PATIENCE);
			runFor(scenario, breach, Duration.ofMinutes(3));
			runUntil(scenario, AlertScenario::healthy, () -> !scenario.firing(ruleId), PATIENCE);

			assertThat(Duration.between(holdingSince, firedAt)).isBetween(holdFor, holdFor.plus(AlertScenario.STEP));
			assertThat(scenario.events(ruleId)).extracting(AlertEvent::state)
				.containsExactly(State.FIRING, State.RESOLVED);
			assertOneFiringAndOneResolveMessage(ruleId);
		}
	}

	@Test
	void conditionInterruptedBeforeItsDurationShouldStartWaitingAgain() {
		try (AlertScenario scenario = new AlertScenario(receiver, "interrupted")) {
			runFor(scenario, AlertScenario::healthy, Duration.ofMinutes(2));

			runFor(scenario, (s) -> s.dependencies(false, true), Duration.ofSeconds(45));
			scenario.step(AlertScenario::healthy);
			runFor(scenario, (s) -> s.dependencies(false, true), Duration.ofSeconds(45));

			scenario.step((s) -> s.dependencies(false, true));
			assertThat(scenario.firing("database_down")).isFalse();
			scenario.step((s) -> s.dependencies(false, true));
			assertThat(scenario.firing("database_down")).isTrue();
			assertThat(scenario.events("database_down")).hasSize(1);
		}
	}

	private static void assertOneFiringAndOneResolveMessage(String ruleId) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> slackMessages(ruleId).size() >= 2 && pagerDutyEvents(ruleId).size() >= 2);
		await().during(Duration.ofMillis(300))
			.atMost(Duration.ofSeconds(2))
			.until(() -> slackMessages(ruleId).size() == 2 && pagerDutyEvents(ruleId).size() == 2);

		List<JsonNode> slack = slackMessages(ruleId);
		assertThat(slack.get(0).path("text").asString()).contains("firing");
		assertThat(slack.get(0).path("attachments").get(0).path("color").asString()).isIn("danger", "warning");
		assertThat(slack.get(1).path("text").asString()).contains("resolved");
		assertThat(slack.get(1).path("attachments").get(0).path("color").asString()).isEqualTo("good");

		List<JsonNode> events = pagerDutyEvents(ruleId);
		assertThat(events).extracting((event) -> event.path("event_action").asString())
			.containsExactly("trigger", "resolve");
		assertThat(events)
			.allSatisfy((event) -> assertThat(event.path("routing_key").asString()).isEqualTo("test-routing-key"));
		assertThat(events.get(0).path("dedup_key").asString()).isEqualTo(events.get(1).path("dedup_key").asString());
		assertThat(events.get(0).path("payload").path("class").asString()).isEqualTo(ruleId);
		assertThat(events.get(0).path("payload").path("severity").asString()).isIn("critical", "warning");
	}

	/**
	 * The Slack messages about one rule; other rules of the scenario may fire as well.
	 */
	private static List<JsonNode> slackMessages(String ruleId) {
		return receiver.delivered("/slack/" + ruleId)
			.stream()
			.filter((message) -> message.path("attachments")
				.get(0)
				.path("title")
				.asString()
				.endsWith("(" + ruleId + ")"))
			.toList();
	}

	private static List<JsonNode> pagerDutyEvents(String ruleId) {
		return receiver.delivered("/pagerduty/" + ruleId)
			.stream()
			.filter((event) -> event.path("dedup_key").asString().startsWith("zimmer/" + ruleId + "/"))
			.toList();
	}

	/**
	 * Steps until the condition is met and returns the time it was; fails when it is not
	 * met within the limit.
	 */
	private static Instant runUntil(AlertScenario scenario, Consumer<AlertScenario> events, BooleanSupplier done,
			Duration limit) {
		Instant deadline = scenario.now().plus(limit);
		while (scenario.now().isBefore(deadline)) {
			scenario.step(events);
			if (done.getAsBoolean()) {
				return scenario.now();
			}
		}
		throw new AssertionError("Condition not met within " + limit + " of simulated time");
	}

	private static void runFor(AlertScenario scenario, Consumer<AlertScenario> events, Duration duration) {
		Instant end = scenario.now().plus(duration);
		while (scenario.now().plus(AlertScenario.STEP).compareTo(end) <= 0) {
			scenario.step(events);
		}
	}

	private static Arguments rule(String id, int holdMinutes, Consumer<AlertScenario> breach) {
		return Arguments.of(id, Duration.ofMinutes(holdMinutes), breach);
	}

}
