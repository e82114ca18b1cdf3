package ai.zimmer.marketplace;

import java.net.URI;

import jakarta.validation.constraints.Size;
import tools.jackson.databind.node.ObjectNode;

import ai.zimmer.marketplace.ServiceTokenService.RotatedServiceToken;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff management of automations. Every staff role may read; only the technical team and
 * managers change anything.
 */
@RestController
@RequestMapping("/api/admin/automations")
class AutomationAdminController {

	static final String MAY_CHANGE = "hasAnyRole('TECHNICAL_TEAM','MANAGER')";

	private final AutomationAdminService automations;

	AutomationAdminController(AutomationAdminService automations) {
		this.automations = automations;
	}

	@GetMapping
	AutomationAdminPage list(@RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(name = "pricing_type", required = false) @Size(max = 32) String pricingType,
			@RequestParam(required = false) Integer limit,
			@RequestParam(required = false) @Size(max = 200) String cursor) {
		return this.automations.list(MarketplaceController.searchTerm(q),
				MarketplaceController.pricingType(pricingType), PageQuery.of(limit, cursor));
	}

	@GetMapping("/{id}")
	AutomationAdminView get(@PathVariable long id) {
		return AutomationAdminView.of(this.automations.find(id));
	}

	@PostMapping
	@PreAuthorize(MAY_CHANGE)
	ResponseEntity<AutomationAdminView> create(Caller caller, @RequestBody ObjectNode request) {
		Automation created = this.automations.create(caller, request);
		return ResponseEntity.created(URI.create("/api/admin/automations/" + created.id()))
			.body(AutomationAdminView.of(created));
	}

	@PatchMapping("/{id}")
	@PreAuthorize(MAY_CHANGE)
	AutomationAdminView update(Caller caller, @PathVariable long id, @RequestBody ObjectNode patch) {
		return AutomationAdminView.of(this.automations.update(caller, id, patch));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize(MAY_CHANGE)
	ResponseEntity<Void> deactivate(Caller caller, @PathVariable long id) {
		this.automations.deactivate(caller, id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * The new token is in this answer only, so it must not be stored by any cache.
	 */
	@PostMapping("/{id}/rotate-token")
	@PreAuthorize(MAY_CHANGE)
	ResponseEntity<RotatedServiceToken> rotateServiceToken(Caller caller, @PathVariable long id) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.automations.rotateServiceToken(caller, id));
	}

}
