package ai.zimmer.readiness.monitoring;

import java.util.ArrayList;
import java.util.List;

import ai.zimmer.readiness.check.Check;
import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckDefinition;
import ai.zimmer.readiness.check.Finding;
import ai.zimmer.readiness.check.Outcome;
import ai.zimmer.readiness.http.Reply;

/**
 * The monitoring surface exists: health, metrics and alerts as JSON, and a Prometheus
 * latency histogram.
 */
public final class MonitoringPresenceCheck implements Check {

	private static final CheckDefinition DEFINITION = new CheckDefinition("monitoring.present", "Monitoring present", 5,
			false,
			"/api/monitoring/health answers 200 with status healthy|degraded|unhealthy; /api/monitoring/metrics and "
					+ "/api/monitoring/alerts answer 200 JSON; Prometheus exposes http_server_requests_seconds "
					+ "buckets at le=0.2 and le=0.5",
			"Operators can see how the platform is doing, and the latency SLO (200 ms, 500 ms) can be alerted on.",
			"Expose the monitoring endpoints and the Prometheus endpoint (management.endpoints.web.exposure.include) "
					+ "with SLO buckets (management.metrics.distribution.slo.http.server.requests=200ms,500ms); pass "
					+ "--staff-email/--staff-password when they are staff-only, or --prometheus-url for a management "
					+ "port.");

	@Override
	public CheckDefinition definition() {
		return DEFINITION;
	}

	@Override
	public Outcome run(CheckContext context) {
		MonitoringAccess access = new MonitoringAccess(context);
		List<Reply> replies = new ArrayList<>();
		List<Finding> findings = new ArrayList<>();
		Reply health = access.get(MonitoringAccess.HEALTH);
		String status = HealthReport.of(health.json()).status();
		findings.add(Finding.status("GET " + MonitoringAccess.HEALTH, health, 200)
			.and(HealthReport.OVERALL_STATUSES.contains(status),
					"status '" + status + "' is not healthy, degraded or unhealthy"));
		for (String path : List.of(MonitoringAccess.METRICS, MonitoringAccess.ALERTS)) {
			Reply reply = access.get(path);
			replies.add(reply);
			findings.add(Finding.status("GET " + path, reply, 200).and(reply.json().isContainer(), "body is not JSON"));
		}
		Reply prometheus = access.prometheus();
		replies.add(prometheus);
		findings.add(prometheusFinding(access, prometheus));
		return judge(access, findings, replies);
	}

	private static Finding prometheusFinding(MonitoringAccess access, Reply reply) {
		String text = reply.body();
		boolean buckets = PrometheusText.hasBucket(text, PrometheusText.REQUEST_HISTOGRAM, "0.2")
				&& PrometheusText.hasBucket(text, PrometheusText.REQUEST_HISTOGRAM, "0.5");
		return Finding.status("GET " + access.prometheusUrl(), reply, 200)
			.and(buckets, PrometheusText.REQUEST_HISTOGRAM + "_bucket with le=\"0.2\" and le=\"0.5\" not found");
	}

	private static Outcome judge(MonitoringAccess access, List<Finding> findings, List<Reply> replies) {
		// Every refused reply is also an unmet finding, so equal counts mean refusals are
		// the only problem.
		long unmet = findings.stream().filter((finding) -> !finding.met()).count();
		long refused = replies.stream().filter(MonitoringAccess::refused).count();
		if (refused > 0 && unmet == refused && !access.staffSignedIn()) {
			return Outcome.skipped("staff-only monitoring refused an anonymous caller; " + access.staffProblem(),
					Outcome.lines(findings));
		}
		return Outcome.judge(findings, "health, metrics, alerts and Prometheus SLO buckets present");
	}

}
