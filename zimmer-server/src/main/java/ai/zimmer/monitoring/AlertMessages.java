package ai.zimmer.monitoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.zimmer.monitoring.AlertEvent.State;

/**
 * The bodies alert receivers understand: a Slack-compatible incoming-webhook message and
 * a PagerDuty Events API v2 event.
 */
final class AlertMessages {

	private AlertMessages() {
	}

	/**
	 * {@code {"text": ..., "attachments": [...]}}, accepted by Slack and by the many chat
	 * tools that copy its webhook format.
	 */
	static Map<String, Object> slack(AlertEvent event, String source) {
		Map<String, Object> attachment = new LinkedHashMap<>();
		attachment.put("color", color(event));
		attachment.put("title", event.title() + " (" + event.ruleId() + ")");
		attachment.put("text", event.observed());
		attachment.put("fields",
				List.of(field("Severity", event.severity().value()), field("State", event.state().value()),
						field("Since", event.startedAt().toString()), field("Source", source)));
		attachment.put("ts", event.at().getEpochSecond());
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("text", event.summary());
		message.put("attachments", List.of(attachment));
		return message;
	}

	/**
	 * A {@code trigger} or {@code resolve} event whose {@code dedup_key} is the same for
	 * both ends of one incident.
	 */
	static Map<String, Object> pagerDuty(AlertEvent event, String routingKey, String source) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("routing_key", routingKey);
		message.put("event_action", (event.state() == State.FIRING) ? "trigger" : "resolve");
		message.put("dedup_key", dedupKey(event));
		if (event.state() == State.FIRING) {
			Map<String, Object> payload = new LinkedHashMap<>();
			payload.put("summary", event.summary());
			payload.put("source", source);
			payload.put("severity", event.severity().value());
			payload.put("timestamp", event.at().toString());
			payload.put("component", "zimmer");
			payload.put("class", event.ruleId());
			payload.put("custom_details", Map.of("observed", event.observed(), "rule", event.ruleId()));
			message.put("payload", payload);
		}
		return message;
	}

	static String dedupKey(AlertEvent event) {
		return "zimmer/" + event.ruleId() + "/" + event.startedAt().toEpochMilli();
	}

	private static String color(AlertEvent event) {
		if (event.state() == State.RESOLVED) {
			return "good";
		}
		return (event.severity() == Severity.CRITICAL) ? "danger" : "warning";
	}

	private static Map<String, Object> field(String title, String value) {
		return Map.of("title", title, "value", value, "short", true);
	}

}
