package ai.zimmer.monitoring;

import java.util.List;

/**
 * The reports the monitoring API and the management endpoint serve, in one place.
 */
record MonitoringReports(HealthReporter health, MetricsReporter metrics, ComponentReporter components,
		PerformanceReporter performance, AlertLog alertLog, List<AlertRule> rules) {

	AlertsReport alerts() {
		return AlertsReport.of(this.alertLog, this.rules);
	}

}
