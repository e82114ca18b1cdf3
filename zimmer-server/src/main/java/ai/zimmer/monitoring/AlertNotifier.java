package ai.zimmer.monitoring;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import ai.zimmer.monitoring.MonitoringProperties.Webhook;
import ai.zimmer.monitoring.MonitoringProperties.WebhookType;

/**
 * Hands each alert event to every configured receiver that takes its severity, in the
 * receiver's format.
 */
class AlertNotifier {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<Webhook> receivers;

	private final WebhookDelivery delivery;

	private final String source;

	AlertNotifier(List<Webhook> receivers, WebhookDelivery delivery, String source) {
		this.receivers = List.copyOf(receivers);
		this.delivery = delivery;
		this.source = source;
	}

	void publish(AlertEvent event) {
		for (Webhook receiver : this.receivers) {
			if (receiver.accepts(event.severity())) {
				this.delivery.submit(receiver.toString(), receiver.url(),
						JSON.writeValueAsString(body(receiver, event)));
			}
		}
	}

	private Map<String, Object> body(Webhook receiver, AlertEvent event) {
		return (receiver.type() == WebhookType.PAGERDUTY)
				? AlertMessages.pagerDuty(event, receiver.routingKey(), this.source)
				: AlertMessages.slack(event, this.source);
	}

}
