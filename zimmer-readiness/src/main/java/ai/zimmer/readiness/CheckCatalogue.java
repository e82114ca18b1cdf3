package ai.zimmer.readiness;

import java.time.Clock;
import java.util.List;

import ai.zimmer.readiness.auth.AuthenticationEnforcedCheck;
import ai.zimmer.readiness.auth.ObjectIsolationCheck;
import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.ReadinessSettings;
import ai.zimmer.readiness.endpoints.CustomerEndpointsCheck;
import ai.zimmer.readiness.endpoints.PublicEndpointsCheck;
import ai.zimmer.readiness.endpoints.VendorUsageCheck;
import ai.zimmer.readiness.monitoring.DependencyRoundTripCheck;
import ai.zimmer.readiness.monitoring.MonitoringPresenceCheck;
import ai.zimmer.readiness.monitoring.MonitoringTruthCheck;
import ai.zimmer.readiness.probe.LoadProbe;
import ai.zimmer.readiness.probe.ProbeErrorsCheck;
import ai.zimmer.readiness.probe.ProbeLatencyCheck;
import ai.zimmer.readiness.probe.ProbeThroughputCheck;
import ai.zimmer.readiness.security.CorsAllowedOriginCheck;
import ai.zimmer.readiness.security.CorsForeignOriginCheck;
import ai.zimmer.readiness.security.RateLimitCheck;
import ai.zimmer.readiness.security.SecurityHeadersCheck;
import ai.zimmer.readiness.security.TlsCheck;

/**
 * The checks of a run in the order they run. Dependencies are measured before the probe
 * loads the deployment, and rate limiting runs last because it exhausts the login budget
 * of the checker's address.
 */
final class CheckCatalogue {

	private CheckCatalogue() {
	}

	static List<Check> standard(ReadinessSettings settings, Clock clock) {
		LoadProbe probe = new LoadProbe();
		return List.of(new PublicEndpointsCheck(), new CustomerEndpointsCheck(), new VendorUsageCheck(),
				new MonitoringPresenceCheck(), new MonitoringTruthCheck(), new DependencyRoundTripCheck(),
				new AuthenticationEnforcedCheck(clock), new ObjectIsolationCheck(), new ProbeLatencyCheck(probe),
				new ProbeErrorsCheck(probe), new ProbeThroughputCheck(probe, settings.minThroughput()),
				new CorsForeignOriginCheck(), new CorsAllowedOriginCheck(), new SecurityHeadersCheck(),
				new TlsCheck(clock), new RateLimitCheck(settings.rateLimitAttempts()));
	}

}
