package ai.zimmer.platform.audit;

import ai.zimmer.platform.audit.AuditTrail.AuditEvent;
import ai.zimmer.platform.pagination.CursorPage;
import ai.zimmer.platform.pagination.PageQuery;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for managers, newest first.
 */
@RestController
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/api/admin/audit")
	@PreAuthorize("hasRole('MANAGER')")
	CursorPage<AuditEvent> list(@RequestParam(name = "object_type", required = false) String objectType,
			@RequestParam(name = "object_id", required = false) String objectId,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor) {
		return this.audit.page(objectType, objectId, PageQuery.of(limit, cursor));
	}

}
