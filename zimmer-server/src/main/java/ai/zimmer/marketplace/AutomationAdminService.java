package ai.zimmer.marketplace;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import tools.jackson.databind.node.ObjectNode;

import ai.zimmer.marketplace.ServiceTokenService.RotatedServiceToken;
import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.PageQuery;
import ai.zimmer.platform.security.Caller;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff management of the catalogue. Every change is audited and evicts the marketplace
 * cache once committed.
 */
@Service
public class AutomationAdminService {

	private final AutomationRepository automations;

	private final AutomationDrafts drafts;

	private final ServiceTokenService serviceTokens;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	AutomationAdminService(AutomationRepository automations, AutomationDrafts drafts, ServiceTokenService serviceTokens,
			ApplicationEventPublisher events, AuditTrail audit, Clock clock) {
		this.automations = automations;
		this.drafts = drafts;
		this.serviceTokens = serviceTokens;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	AutomationAdminPage list(String query, PricingType pricingType, PageQuery page) {
		var rows = this.automations.page(query, pricingType, page.after(), page.fetchSize());
		return AutomationAdminPage.of(page.page(rows, Automation::id), this.automations.count(query, pricingType));
	}

	@Transactional(readOnly = true)
	Automation find(long id) {
		return this.automations.findById(id).orElseThrow(() -> ApiException.notFound("Automation"));
	}

	/**
	 * Creates an automation from a staff request body (the same JSON the admin API
	 * takes).
	 */
	@Transactional
	public Automation create(Caller caller, ObjectNode request) {
		AutomationDraft draft = this.drafts.create(request);
		long id = this.automations.insert(draft, this.clock.instant());
		this.audit.record(caller.userId(), "automation.created", "automation", id, settings(draft));
		this.events.publishEvent(new AutomationChanged(id));
		return find(id);
	}

	@Transactional
	Automation update(Caller caller, long id, ObjectNode patch) {
		Automation current = this.automations.findByIdForUpdate(id)
			.orElseThrow(() -> ApiException.notFound("Automation"));
		AutomationDraft before = AutomationDraft.of(current);
		AutomationDraft after = this.drafts.patch(current, patch);
		this.automations.update(id, after, this.clock.instant());
		this.audit.record(caller.userId(), "automation.updated", "automation", id, changes(before, after));
		this.events.publishEvent(new AutomationChanged(id));
		return find(id);
	}

	/**
	 * Deleting only deactivates, so that subscriptions, usage and payments keep their
	 * automation.
	 */
	@Transactional
	void deactivate(Caller caller, long id) {
		Automation current = this.automations.findByIdForUpdate(id)
			.orElseThrow(() -> ApiException.notFound("Automation"));
		if (!current.active()) {
			return;
		}
		AutomationDraft draft = AutomationDraft.of(current);
		AutomationDraft inactive = new AutomationDraft(draft.name(), draft.description(), draft.pricingType(),
				draft.pricePerToken(), false, draft.isListed(), draft.healthCheckUrl(), draft.provisionUrl(),
				draft.kbStatusUrl(), draft.kbResetUrl());
		this.automations.update(id, inactive, this.clock.instant());
		this.audit.record(caller.userId(), "automation.deactivated", "automation", id, Map.of());
		this.events.publishEvent(new AutomationChanged(id));
	}

	/**
	 * A first token can make an automation listable, so the rotation evicts the cache
	 * too.
	 */
	@Transactional
	RotatedServiceToken rotateServiceToken(Caller caller, long id) {
		RotatedServiceToken rotated = this.serviceTokens.rotate(id, caller.userId());
		this.events.publishEvent(new AutomationChanged(id));
		return rotated;
	}

	private static Map<String, Object> settings(AutomationDraft draft) {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("name", draft.name());
		settings.put("pricing_type", draft.pricingType().value());
		settings.put("price_per_token", draft.pricePerToken());
		settings.put("is_active", draft.isActive());
		settings.put("is_listed", draft.isListed());
		return settings;
	}

	/**
	 * The changed fields with their old and new values; URLs are included since staff
	 * must be able to tell where Zimmer's calls went.
	 */
	static Map<String, Object> changes(AutomationDraft before, AutomationDraft after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		change(changes, "name", before.name(), after.name());
		change(changes, "description", before.description(), after.description());
		change(changes, "pricing_type", before.pricingType().value(), after.pricingType().value());
		change(changes, "price_per_token", before.pricePerToken(), after.pricePerToken());
		change(changes, "is_active", before.isActive(), after.isActive());
		change(changes, "is_listed", before.isListed(), after.isListed());
		change(changes, "health_check_url", before.healthCheckUrl(), after.healthCheckUrl());
		change(changes, "provision_url", before.provisionUrl(), after.provisionUrl());
		change(changes, "kb_status_url", before.kbStatusUrl(), after.kbStatusUrl());
		change(changes, "kb_reset_url", before.kbResetUrl(), after.kbResetUrl());
		return changes;
	}

	private static void change(Map<String, Object> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("from", before);
			change.put("to", after);
			changes.put(field, change);
		}
	}

}
