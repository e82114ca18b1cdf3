package ai.zimmer.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * The business counters operators and alert rules read, under the names the Prometheus
 * rules in {@code deploy/monitoring/} use: {@code zimmer_signups_total},
 * {@code zimmer_logins_total{outcome}}, {@code zimmer_usage_units_total{outcome}} and
 * {@code zimmer_payments_total{status}}. Features call it at the moment the business
 * event happens.
 */
@Component
public class BusinessMetrics {

	private final MeterRegistry registry;

	private final Counter signUps;

	private final Counter loginSuccesses;

	private final Counter loginFailures;

	private final Counter unitsAccepted;

	private final Counter unitsRefused;

	BusinessMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.signUps = Counter.builder("zimmer.signups").description("Accounts created by sign-up").register(registry);
		this.loginSuccesses = logins("success");
		this.loginFailures = logins("failure");
		this.unitsAccepted = usageUnits("accepted");
		this.unitsRefused = usageUnits("refused");
	}

	public void signedUp() {
		this.signUps.increment();
	}

	public void loginSucceeded() {
		this.loginSuccesses.increment();
	}

	public void loginFailed() {
		this.loginFailures.increment();
	}

	/**
	 * Counts the units of a vendor usage report by whether they were spent.
	 */
	public void usageReported(long units, boolean accepted) {
		(accepted ? this.unitsAccepted : this.unitsRefused).increment(units);
	}

	/**
	 * Counts a payment that reached a final or notable status ({@code succeeded},
	 * {@code failed}, {@code cancelled}, ...).
	 * @param status the payment status as the API spells it
	 */
	public void paymentCompleted(String status) {
		Counter.builder("zimmer.payments")
			.description("Payments by the status they reached")
			.tag("status", status)
			.register(this.registry)
			.increment();
	}

	private Counter logins(String outcome) {
		return Counter.builder("zimmer.logins")
			.description("Sign-in attempts by outcome")
			.tag("outcome", outcome)
			.register(this.registry);
	}

	private Counter usageUnits(String outcome) {
		return Counter.builder("zimmer.usage.units")
			.description("Units of vendor usage reports, spent (accepted) or refused")
			.tag("outcome", outcome)
			.register(this.registry);
	}

}
