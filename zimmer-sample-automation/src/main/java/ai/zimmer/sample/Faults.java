package ai.zimmer.sample;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Misbehaviour switched on at run time, so that demos and Zimmer's tests can watch how
 * Zimmer reacts to a degraded, down, slow or failing vendor. Changes apply to the next
 * request; safe to use from any thread.
 */
public final class Faults {

	/**
	 * The longest latency that may be injected, so that a typo cannot hang a test run.
	 */
	public static final Duration MAX_LATENCY = Duration.ofMinutes(1);

	private volatile Health health = Health.OK;

	private volatile Duration latency = Duration.ZERO;

	private volatile Provision provision = Provision.OK;

	Faults() {
	}

	public Health health() {
		return this.health;
	}

	public Faults health(Health health) {
		this.health = Objects.requireNonNull(health, "health must not be null");
		return this;
	}

	/**
	 * The delay added before every answer except those of {@code /faults}.
	 * @return the injected latency, zero when none
	 */
	public Duration latency() {
		return this.latency;
	}

	public Faults latency(Duration latency) {
		Objects.requireNonNull(latency, "latency must not be null");
		if (latency.isNegative() || latency.compareTo(MAX_LATENCY) > 0) {
			throw new IllegalArgumentException(
					"latency must be between 0 and " + MAX_LATENCY.toMillis() + " ms but was " + latency.toMillis());
		}
		this.latency = latency;
		return this;
	}

	public Provision provision() {
		return this.provision;
	}

	public Faults provision(Provision provision) {
		this.provision = Objects.requireNonNull(provision, "provision must not be null");
		return this;
	}

	/**
	 * Back to a well-behaved service.
	 * @return this
	 */
	public Faults reset() {
		return health(Health.OK).latency(Duration.ZERO).provision(Provision.OK);
	}

	@Override
	public String toString() {
		return "Faults[health=" + this.health.jsonValue() + ", latency_ms=" + this.latency.toMillis() + ", provision="
				+ this.provision.jsonValue() + "]";
	}

	/** What {@code GET /health} answers. */
	public enum Health {

		/** 200 with status {@code ok}. */
		OK,
		/** 200 with status {@code degraded}: Zimmer marks the automation degraded. */
		DEGRADED,
		/** 503: Zimmer marks the automation unhealthy and de-lists it. */
		DOWN;

		String jsonValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** What {@code POST /provision} answers. */
	public enum Provision {

		/** 200, the subscription is remembered. */
		OK,
		/** 500, nothing is remembered: Zimmer marks the integration failed. */
		FAIL;

		String jsonValue() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
