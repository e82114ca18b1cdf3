package ai.zimmer.integration;

import tools.jackson.databind.JsonNode;

import ai.zimmer.platform.security.Caller;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff calls to vendors: on-demand health checks and knowledge-base status and reset.
 * Every staff role may read a knowledge-base status; only the technical team and managers
 * probe or reset.
 */
@RestController
class IntegrationAdminController {

	private static final String MAY_CHANGE = "hasAnyRole('TECHNICAL_TEAM','MANAGER')";

	private final HealthProbeService probes;

	private final KnowledgeBaseService knowledgeBases;

	IntegrationAdminController(HealthProbeService probes, KnowledgeBaseService knowledgeBases) {
		this.probes = probes;
		this.knowledgeBases = knowledgeBases;
	}

	@PostMapping("/api/admin/automations/{id}/health-check")
	@PreAuthorize(MAY_CHANGE)
	HealthCheckView healthCheck(Caller caller, @PathVariable long id) {
		return HealthCheckView.of(this.probes.probe(id, caller.userId()));
	}

	@GetMapping("/api/admin/kb-status")
	JsonNode knowledgeBaseStatus(Caller caller, @RequestParam(name = "subscription_id") long subscriptionId,
			@RequestParam(name = "automation_id", required = false) Long automationId) {
		return this.knowledgeBases.status(caller, subscriptionId, automationId);
	}

	@PostMapping("/api/admin/kb-reset/{subscriptionId}")
	@PreAuthorize(MAY_CHANGE)
	JsonNode knowledgeBaseReset(Caller caller, @PathVariable long subscriptionId) {
		return this.knowledgeBases.reset(caller, subscriptionId);
	}

}
