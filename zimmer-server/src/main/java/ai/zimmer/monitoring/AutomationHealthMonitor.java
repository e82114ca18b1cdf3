package ai.zimmer.monitoring;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.monitoring.AutomationHealthRepository.AutomationHealth;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Publishes {@code zimmer_automation_healthy{automation_id}} (1 healthy, 0 not) for every
 * active automation and keeps a summary for the health report, refreshed from the
 * database on a schedule.
 */
class AutomationHealthMonitor {

	private static final Logger logger = LoggerFactory.getLogger(AutomationHealthMonitor.class);

	private final AutomationHealthRepository automations;

	private final Clock clock;

	private final MultiGauge gauges;

	private volatile AutomationSummary summary;

	AutomationHealthMonitor(AutomationHealthRepository automations, MeterRegistry registry, Clock clock) {
		this.automations = automations;
		this.clock = clock;
		this.gauges = MultiGauge.builder("zimmer.automation.healthy")
			.description("Whether the automation's last health probe was healthy (1) or not (0)")
			.register(registry);
	}

	@Scheduled(fixedRateString = "${zimmer.monitoring.automation-refresh-interval:30s}")
	void refresh() {
		try {
			List<AutomationHealth> active = this.automations.activeAutomations();
			this.gauges.register(active.stream()
				.map((automation) -> MultiGauge.Row.of(Tags.of("automation_id", Long.toString(automation.id())),
						automation.healthy() ? 1 : 0))
				.toList(), true);
			this.summary = AutomationSummary.of(active, this.clock.instant());
		}
		catch (DataAccessException ex) {
			logger.debug("Automation health not refreshed: {}", ex.getMessage());
		}
	}

	/**
	 * @return the latest summary, empty before the first successful refresh
	 */
	Optional<AutomationSummary> summary() {
		return Optional.ofNullable(this.summary);
	}

}
