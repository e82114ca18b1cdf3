package ai.zimmer.monitoring;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts firing now and the most recent alert events, for
 * {@code /api/monitoring/alerts}.
 */
class AlertLog {

	private final int capacity;

	private final Map<String, AlertEvent> active = new LinkedHashMap<>();

	private final Deque<AlertEvent> recent = new ArrayDeque<>();

	AlertLog(int capacity) {
		this.capacity = capacity;
	}

	synchronized void record(AlertEvent event) {
		if (event.state() == AlertEvent.State.FIRING) {
			this.active.put(event.ruleId(), event);
		}
		else {
			this.active.remove(event.ruleId());
		}
		this.recent.addFirst(event);
		while (this.recent.size() > this.capacity) {
			this.recent.removeLast();
		}
	}

	synchronized List<AlertEvent> active() {
		return List.copyOf(this.active.values());
	}

	/**
	 * Newest first.
	 */
	synchronized List<AlertEvent> recent() {
		return List.copyOf(this.recent);
	}

	synchronized long activeCount(Collection<Severity> severities) {
		return new ArrayList<>(this.active.values()).stream()
			.filter((event) -> severities.contains(event.severity()))
			.count();
	}

}
