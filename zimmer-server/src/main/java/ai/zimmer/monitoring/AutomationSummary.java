package ai.zimmer.monitoring;

import java.time.Instant;
import java.util.List;

import ai.zimmer.monitoring.AutomationHealthRepository.AutomationHealth;

/**
 * How the active automations' services are doing, by their last health probe.
 *
 * @param total active automations
 * @param healthy those whose last probe was healthy
 * @param degraded those whose last probe was degraded
 * @param unhealthy those whose last probe failed
 * @param unknown those not probed yet
 * @param checkedAt when the stored health was read
 */
record AutomationSummary(int total, int healthy, int degraded, int unhealthy, int unknown, Instant checkedAt) {

	static AutomationSummary of(List<AutomationHealth> automations, Instant checkedAt) {
		return new AutomationSummary(automations.size(), count(automations, "healthy"), count(automations, "degraded"),
				count(automations, "unhealthy"), count(automations, "unknown"), checkedAt);
	}

	/**
	 * {@code up} while no probed automation is failing; automations not probed yet do not
	 * count against it.
	 */
	String status() {
		return (this.degraded + this.unhealthy == 0) ? "up" : "degraded";
	}

	private static int count(List<AutomationHealth> automations, String status) {
		return (int) automations.stream().filter((automation) -> status.equals(automation.status())).count();
	}

}
