package ai.zimmer.integration;

import java.time.Duration;
import java.util.function.Supplier;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import ai.zimmer.platform.error.RetryableApiException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * One circuit breaker per automation. When too many recent calls failed, further calls
 * fail fast with 503 instead of waiting on a vendor that is down; a passing health probe
 * closes the circuit again. State is per instance: each Zimmer instance learns on its own
 * that a vendor fails.
 */
@Component
class VendorCircuits {

	private static final String PREFIX = "automation-";

	private final CircuitBreakerRegistry registry;

	private final Duration openDuration;

	VendorCircuits(IntegrationProperties properties, ApplicationEventPublisher events) {
		IntegrationProperties.Circuit circuit = properties.circuit();
		this.openDuration = circuit.openDuration();
		this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
			.slidingWindow(circuit.slidingWindowSize(), circuit.minimumNumberOfCalls(), SlidingWindowType.COUNT_BASED)
			.failureRateThreshold(circuit.failureRateThreshold())
			.waitDurationInOpenState(circuit.openDuration())
			.permittedNumberOfCallsInHalfOpenState(circuit.halfOpenCalls())
			.recordResult((result) -> result instanceof VendorOutcome outcome && outcome.isFailure())
			.build());
		this.registry.getEventPublisher().onEntryAdded((added) -> announceOpening(added.getAddedEntry(), events));
	}

	/**
	 * Runs a call through the automation's circuit.
	 * @throws RetryableApiException 503 {@code automation_unavailable} when the circuit
	 * is open
	 */
	VendorOutcome call(long automationId, Supplier<VendorOutcome> call) {
		try {
			return breaker(automationId).executeSupplier(call);
		}
		catch (CallNotPermittedException ex) {
			throw new RetryableApiException(HttpStatus.SERVICE_UNAVAILABLE, "automation_unavailable",
					"The automation is failing; calls to it are paused, try again later", this.openDuration);
		}
	}

	void closeAfterHealthyProbe(long automationId) {
		CircuitBreaker breaker = breaker(automationId);
		CircuitBreaker.State state = breaker.getState();
		if (state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.HALF_OPEN) {
			breaker.transitionToClosedState();
		}
	}

	CircuitBreaker.State state(long automationId) {
		return breaker(automationId).getState();
	}

	private CircuitBreaker breaker(long automationId) {
		return this.registry.circuitBreaker(PREFIX + automationId);
	}

	private static void announceOpening(CircuitBreaker breaker, ApplicationEventPublisher events) {
		long automationId = Long.parseLong(breaker.getName().substring(PREFIX.length()));
		breaker.getEventPublisher().onStateTransition((transition) -> {
			if (transition.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
				events.publishEvent(new CircuitOpened(automationId));
			}
		});
	}

}
