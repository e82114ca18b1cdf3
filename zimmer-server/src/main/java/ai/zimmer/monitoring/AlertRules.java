package ai.zimmer.monitoring;

import java.util.List;

/**
 * The rules the evaluator runs, as one bean.
 *
 * @param all every rule, critical first
 */
record AlertRules(List<AlertRule> all) {

	AlertRules {
		all = List.copyOf(all);
	}

}
