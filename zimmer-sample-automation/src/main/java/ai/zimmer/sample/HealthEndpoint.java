package ai.zimmer.sample;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code GET /health}: what Zimmer's health probe reads to list or de-list the
 * automation.
 */
final class HealthEndpoint implements Endpoint {

	private final Faults faults;

	private final String version;

	private final Clock clock;

	private final Instant startedAt;

	HealthEndpoint(Faults faults, String version, Clock clock) {
		this.faults = faults;
		this.version = version;
		this.clock = clock;
		this.startedAt = clock.instant();
	}

	@Override
	public Reply handle(InboundRequest request) {
		Faults.Health health = this.faults.health();
		int status = (health == Faults.Health.DOWN) ? 503 : 200;
		return new Reply(status, new HealthReport(health.jsonValue(), this.version, uptimeSeconds()));
	}

	private long uptimeSeconds() {
		return Math.max(0, Duration.between(this.startedAt, this.clock.instant()).toSeconds());
	}

	record HealthReport(String status, String version, long uptime) {
	}

}
