package ai.zimmer.monitoring;

import java.util.List;

/**
 * The answer of {@code /api/monitoring/alerts}.
 *
 * @param active alerts firing now
 * @param recent the latest firing and resolve events, newest first
 * @param rules the rules being evaluated
 */
record AlertsReport(List<AlertEvent> active, List<AlertEvent> recent, List<Rule> rules) {

	static AlertsReport of(AlertLog log, List<AlertRule> rules) {
		return new AlertsReport(log.active(), log.recent(),
				rules.stream()
					.map((rule) -> new Rule(rule.id(), rule.title(), rule.severity(), rule.holdFor().toSeconds()))
					.toList());
	}

	/**
	 * A rule as operators see it.
	 *
	 * @param id its identifier
	 * @param title its short name
	 * @param severity how urgent it is
	 * @param holdForSeconds how long its condition must hold before it fires
	 */
	record Rule(String id, String title, Severity severity, long holdForSeconds) {

	}

}
