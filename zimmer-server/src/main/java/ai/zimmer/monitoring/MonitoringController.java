package ai.zimmer.monitoring;

import java.util.List;
import java.util.Map;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.security.Caller;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monitoring API. Health is public and tells status only, unless the caller is staff;
 * everything else is for staff.
 */
@RestController
@RequestMapping("/api/monitoring")
class MonitoringController {

	private static final List<String> STAFF_AUTHORITIES = List.of("ROLE_SUPPORT_STAFF", "ROLE_TECHNICAL_TEAM",
			"ROLE_MANAGER");

	private final MonitoringReports reports;

	MonitoringController(MonitoringReports reports) {
		this.reports = reports;
	}

	@GetMapping("/health")
	HealthReport health(Authentication authentication) {
		return this.reports.health().report(isStaff(authentication));
	}

	@GetMapping("/metrics")
	MetricsReport metrics(Caller caller) {
		requireStaff(caller);
		return this.reports.metrics().report();
	}

	@GetMapping("/alerts")
	AlertsReport alerts(Caller caller) {
		requireStaff(caller);
		return this.reports.alerts();
	}

	@GetMapping("/database/health")
	Map<String, Object> databaseHealth(Caller caller) {
		requireStaff(caller);
		return this.reports.components().database();
	}

	@GetMapping("/cache/health")
	Map<String, Object> cacheHealth(Caller caller) {
		requireStaff(caller);
		return this.reports.components().cache();
	}

	@GetMapping("/performance")
	Map<String, Object> performance(Caller caller) {
		requireStaff(caller);
		return this.reports.performance().report();
	}

	private static boolean isStaff(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(STAFF_AUTHORITIES::contains);
	}

	private static void requireStaff(Caller caller) {
		if (!caller.isStaff()) {
			throw new ApiException(HttpStatus.FORBIDDEN, "forbidden", "Monitoring details are for staff");
		}
	}

}
