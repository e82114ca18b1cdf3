package ai.zimmer.integration;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.AutomationService;
import ai.zimmer.marketplace.HealthStatus;
import ai.zimmer.platform.error.ApiException;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Probes automations' health and stores the verdict, which lists or de-lists them.
 */
@Service
public class HealthProbeService {

	private static final Logger logger = LoggerFactory.getLogger(HealthProbeService.class);

	private final AutomationService automations;

	private final VendorEndpoints endpoints;

	private final VendorClient vendor;

	private final JsonMapper json;

	HealthProbeService(AutomationService automations, VendorEndpoints endpoints, VendorClient vendor, JsonMapper json) {
		this.automations = automations;
		this.endpoints = endpoints;
		this.vendor = vendor;
		this.json = json;
	}

	/**
	 * Probes one automation now and stores the result.
	 * @param actorId the staff member who asked, or {@code null} for Zimmer's own probes
	 * @throws ApiException 404 when the automation does not exist, 409
	 * {@code integration_not_configured} when it has no health URL
	 */
	public Automation probe(long automationId, Long actorId) {
		return probe(this.automations.find(automationId), actorId);
	}

	Automation probe(Automation automation, Long actorId) {
		if (automation.healthCheckUrl() == null) {
			throw new ApiException(HttpStatus.CONFLICT, "integration_not_configured",
					"The automation has no health_check_url");
		}
		HealthProbe probe = this.vendor.probeHealth(this.endpoints.of(automation, automation.healthCheckUrl()));
		logChange(automation, probe);
		return this.automations.recordHealth(automation.id(), probe.status(),
				this.json.writeValueAsString(probe.details()), actorId);
	}

	@EventListener
	void onCircuitOpened(CircuitOpened event) {
		logger.warn("Calls to automation '{}' keep failing; its circuit is open and it is de-listed",
				event.automationId());
		this.automations.recordHealth(event.automationId(), HealthStatus.UNHEALTHY,
				this.json.writeValueAsString(Map.of("error", "calls keep failing; the circuit is open")), null);
	}

	private static void logChange(Automation automation, HealthProbe probe) {
		if (automation.healthStatus() == probe.status()) {
			return;
		}
		if (probe.status() == HealthStatus.HEALTHY) {
			logger.info("Automation '{}' is healthy again", automation.id());
		}
		else {
			logger.warn("Automation '{}' turned {}: {}", automation.id(), probe.status().value(), probe.details());
		}
	}

}
