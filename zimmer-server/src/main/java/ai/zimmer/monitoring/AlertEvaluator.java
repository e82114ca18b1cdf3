package ai.zimmer.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.monitoring.AlertEvent.State;
import ai.zimmer.monitoring.AlertRule.Evaluation;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * Evaluates the built-in rules on a schedule: a rule whose condition has held for its
 * hold duration fires once, stays firing without repeating itself while the condition
 * holds, and resolves once when it no longer does. Each change is logged, kept for the
 * alerts endpoint and handed to the notifier.
 */
class AlertEvaluator {

	private static final Logger logger = LoggerFactory.getLogger(AlertEvaluator.class);

	private final List<AlertRule> rules;

	private final AlertLog log;

	private final AlertNotifier notifier;

	private final Clock clock;

	private final Map<String, RuleState> states = new HashMap<>();

	AlertEvaluator(List<AlertRule> rules, AlertLog log, AlertNotifier notifier, Clock clock) {
		this.rules = List.copyOf(rules);
		this.log = log;
		this.notifier = notifier;
		this.clock = clock;
	}

	@Scheduled(fixedRateString = "${zimmer.monitoring.alerts.evaluation-interval:15s}",
			initialDelayString = "${zimmer.monitoring.alerts.evaluation-interval:15s}")
	synchronized void evaluate() {
		Instant now = this.clock.instant();
		for (AlertRule rule : this.rules) {
			RuleState state = this.states.computeIfAbsent(rule.id(), (id) -> new RuleState());
			Evaluation evaluation = rule.evaluate();
			if (evaluation.holds()) {
				holding(rule, state, evaluation, now);
			}
			else if (state.firingSince != null) {
				publish(new AlertEvent(rule.id(), rule.title(), rule.severity(), State.RESOLVED, evaluation.observed(),
						state.firingSince, now));
				state.reset();
			}
			else {
				state.reset();
			}
		}
	}

	private void holding(AlertRule rule, RuleState state, Evaluation evaluation, Instant now) {
		if (state.pendingSince == null) {
			state.pendingSince = now;
		}
		boolean heldLongEnough = Duration.between(state.pendingSince, now).compareTo(rule.holdFor()) >= 0;
		if (state.firingSince == null && heldLongEnough) {
			state.firingSince = now;
			publish(new AlertEvent(rule.id(), rule.title(), rule.severity(), State.FIRING, evaluation.observed(), now,
					now));
		}
	}

	private void publish(AlertEvent event) {
		if (event.state() == State.FIRING) {
			logger.warn("Alert '{}' firing: {}", event.ruleId(), event.observed());
		}
		else {
			logger.info("Alert '{}' resolved: {}", event.ruleId(), event.observed());
		}
		this.log.record(event);
		this.notifier.publish(event);
	}

	private static final class RuleState {

		private Instant pendingSince;

		private Instant firingSince;

		void reset() {
			this.pendingSince = null;
			this.firingSince = null;
		}

	}

}
