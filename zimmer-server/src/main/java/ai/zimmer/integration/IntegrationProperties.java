package ai.zimmer.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How Zimmer calls automation (vendor) services.
 *
 * @param connectTimeout longest wait for a TCP connection to a vendor
 * @param requestTimeout longest wait for a vendor's whole answer, body included
 * @param maxResponseSize largest vendor answer read; a bigger one counts as a failure
 * @param healthProbeInterval pause between two rounds of scheduled health probes
 * @param healthProbeConcurrency how many automations one round probes at the same time
 * @param retry retries of idempotent calls (health probe, knowledge-base status)
 * @param circuit the circuit breaker kept per automation
 */
@ConfigurationProperties("zimmer.integration")
record IntegrationProperties(Duration connectTimeout, Duration requestTimeout, DataSize maxResponseSize,
		Duration healthProbeInterval, Integer healthProbeConcurrency, Retry retry, Circuit circuit) {

	IntegrationProperties {
		connectTimeout = positive(connectTimeout, Duration.ofSeconds(2), "connect-timeout");
		requestTimeout = positive(requestTimeout, Duration.ofSeconds(5), "request-timeout");
		maxResponseSize = (maxResponseSize != null) ? maxResponseSize : DataSize.ofKilobytes(64);
		healthProbeInterval = positive(healthProbeInterval, Duration.ofSeconds(60), "health-probe-interval");
		healthProbeConcurrency = (healthProbeConcurrency != null) ? healthProbeConcurrency : 8;
		retry = (retry != null) ? retry : new Retry(null, null, null, null);
		circuit = (circuit != null) ? circuit : new Circuit(null, null, null, null, null);
		if (maxResponseSize.toBytes() < 1 || healthProbeConcurrency < 1) {
			throw new IllegalArgumentException(
					"zimmer.integration.max-response-size and health-probe-concurrency must be positive");
		}
	}

	static IntegrationProperties defaults() {
		return new IntegrationProperties(null, null, null, null, null, null, null);
	}

	/**
	 * Exponential backoff with jitter between attempts.
	 *
	 * @param maxAttempts attempts in all, the first included
	 * @param initialBackoff wait before the second attempt
	 * @param multiplier growth of the wait from one attempt to the next
	 * @param jitter fraction (0..1) by which each wait varies at random
	 */
	record Retry(Integer maxAttempts, Duration initialBackoff, Double multiplier, Double jitter) {

		Retry {
			maxAttempts = (maxAttempts != null) ? maxAttempts : 3;
			initialBackoff = positive(initialBackoff, Duration.ofMillis(200), "retry.initial-backoff");
			multiplier = (multiplier != null) ? multiplier : 2.0;
			jitter = (jitter != null) ? jitter : 0.5;
			if (maxAttempts < 1 || multiplier < 1 || jitter < 0 || jitter >= 1) {
				throw new IllegalArgumentException("zimmer.integration.retry needs max-attempts >= 1, "
						+ "multiplier >= 1 and jitter in [0, 1), e.g. 3, 2.0 and 0.5");
			}
		}

	}

	/**
	 * When an automation's circuit opens and for how long it stays open.
	 *
	 * @param failureRateThreshold percentage of failed calls that opens the circuit
	 * @param slidingWindowSize number of recent calls the rate is computed over
	 * @param minimumNumberOfCalls calls needed before the rate counts
	 * @param openDuration how long calls fail fast before trial calls are let through
	 * @param halfOpenCalls trial calls that decide whether the circuit closes again
	 */
	record Circuit(Integer failureRateThreshold, Integer slidingWindowSize, Integer minimumNumberOfCalls,
			Duration openDuration, Integer halfOpenCalls) {

		Circuit {
			failureRateThreshold = (failureRateThreshold != null) ? failureRateThreshold : 50;
			slidingWindowSize = (slidingWindowSize != null) ? slidingWindowSize : 10;
			minimumNumberOfCalls = (minimumNumberOfCalls != null) ? minimumNumberOfCalls : 5;
			openDuration = positive(openDuration, Duration.ofSeconds(30), "circuit.open-duration");
			halfOpenCalls = (halfOpenCalls != null) ? halfOpenCalls : 2;
			if (failureRateThreshold < 1 || failureRateThreshold > 100 || slidingWindowSize < 1
					|| minimumNumberOfCalls < 1 || halfOpenCalls < 1) {
				throw new IllegalArgumentException("zimmer.integration.circuit needs failure-rate-threshold in "
						+ "1..100 and positive sliding-window-size, minimum-number-of-calls and half-open-calls");
			}
		}

	}

	private static Duration positive(Duration value, Duration fallback, String name) {
		Duration result = (value != null) ? value : fallback;
		if (result.isNegative() || result.isZero()) {
			throw new IllegalArgumentException("zimmer.integration." + name + " must be positive, e.g. " + fallback);
		}
		return result;
	}

}
