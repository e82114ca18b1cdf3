package ai.zimmer.marketplace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import ai.zimmer.platform.audit.AuditTrail;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as customers and other features see it: only automations that pass the
 * listing gate, plus the health state Zimmer's probes keep up to date.
 */
@Service
public class AutomationService {

	private final AutomationRepository automations;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	AutomationService(AutomationRepository automations, ApplicationEventPublisher events, AuditTrail audit,
			Clock clock) {
		this.automations = automations;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * @throws ApiException 404 when the automation does not exist or is not listed
	 */
	@Transactional(readOnly = true)
	public Automation findListed(long id) {
		return this.automations.findById(id)
			.filter(Automation::isListedInMarketplace)
			.orElseThrow(() -> ApiException.notFound("Automation"));
	}

	/**
	 * Any automation, listed or not, for staff and for Zimmer's own calls to vendors.
	 */
	@Transactional(readOnly = true)
	public Automation find(long id) {
		return this.automations.findById(id).orElseThrow(() -> ApiException.notFound("Automation"));
	}

	@Transactional(readOnly = true)
	public CursorPage<Automation> listed(String query, PricingType pricingType, PageQuery page) {
		return page.page(this.automations.listedPage(query, pricingType, page.after(), page.fetchSize()),
				Automation::id);
	}

	/**
	 * Active automations with a health URL that were not probed since
	 * {@code probedBefore}.
	 */
	@Transactional(readOnly = true)
	public List<Automation> dueForHealthProbe(Instant probedBefore) {
		return this.automations.dueForHealthProbe(probedBefore);
	}

	/**
	 * Stores what a health probe found; a change of status may list or de-list the
	 * automation, so it evicts the marketplace cache.
	 * @param detailsJson the probe's findings as a JSON object
	 * @param actorId the staff member who asked for the probe, or {@code null} for
	 * Zimmer's own probes (which are not audited)
	 * @throws ApiException 404 when the automation does not exist
	 */
	@Transactional
	public Automation recordHealth(long id, HealthStatus status, String detailsJson, Long actorId) {
		Automation before = this.automations.findByIdForUpdate(id)
			.orElseThrow(() -> ApiException.notFound("Automation"));
		this.automations.recordHealth(id, status, this.clock.instant(), detailsJson);
		if (before.healthStatus() != status) {
			this.events.publishEvent(new AutomationChanged(id));
		}
		if (actorId != null) {
			this.audit.record(actorId, "automation.health_checked", "automation", id,
					Map.of("health_status", status.value(), "previous_health_status", before.healthStatus().value()));
		}
		return this.automations.findById(id).orElseThrow();
	}

}
