package ai.zimmer.monitoring;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Monitoring settings ({@code zimmer.monitoring.*}).
 *
 * @param instrumentationEnabled whether requests are observed at all: off switches off
 * request metrics, tracing, the in-process request recorder and the access log (for
 * measuring what instrumentation costs); env
 * {@code ZIMMER_MONITORING_INSTRUMENTATION_ENABLED}
 * @param sampleInterval how often dependencies (database, cache) are probed and resource
 * usage (CPU, memory, pool, cache counters) is sampled
 * @param probeTimeout longest a database probe may take before it counts as down
 * @param automationRefreshInterval how often automation health is read for the
 * {@code zimmer_automation_healthy} gauges and the health summary
 * @param alerts the built-in alert rules
 * @param webhooks receivers that alerts are delivered to
 * @param delivery how webhook deliveries are attempted
 */
@ConfigurationProperties("zimmer.monitoring")
record MonitoringProperties(Boolean instrumentationEnabled, Duration sampleInterval, Duration probeTimeout,
		Duration automationRefreshInterval, AlertProperties alerts, List<Webhook> webhooks, Delivery delivery) {

	MonitoringProperties {
		instrumentationEnabled = Objects.requireNonNullElse(instrumentationEnabled, Boolean.TRUE);
		sampleInterval = Objects.requireNonNullElse(sampleInterval, Duration.ofSeconds(5));
		probeTimeout = Objects.requireNonNullElse(probeTimeout, Duration.ofSeconds(2));
		automationRefreshInterval = Objects.requireNonNullElse(automationRefreshInterval, Duration.ofSeconds(30));
		alerts = Objects.requireNonNullElseGet(alerts, AlertProperties::defaults);
		webhooks = (webhooks != null) ? List.copyOf(webhooks) : List.of();
		delivery = Objects.requireNonNullElseGet(delivery, () -> new Delivery(null, null, null, null));
	}

	/**
	 * A webhook receiver of alerts.
	 *
	 * @param type {@code slack} (any Slack-compatible incoming webhook) or
	 * {@code pagerduty} (Events API v2)
	 * @param url where to post; for PagerDuty usually
	 * {@code https://events.pagerduty.com/v2/enqueue}
	 * @param routingKey PagerDuty integration key; from the environment only
	 * ({@code ZIMMER_MONITORING_WEBHOOKS_0_ROUTING_KEY})
	 * @param severities severities delivered to this receiver (default: all)
	 */
	record Webhook(WebhookType type, URI url, String routingKey, Set<Severity> severities) {

		Webhook {
			if (type == null || url == null) {
				throw new IllegalArgumentException(
						"zimmer.monitoring.webhooks[]: set both 'type' (slack or pagerduty) and 'url'");
			}
			if (type == WebhookType.PAGERDUTY && (routingKey == null || routingKey.isBlank())) {
				throw new IllegalArgumentException("zimmer.monitoring.webhooks[] of type pagerduty needs "
						+ "'routing-key' (set ZIMMER_MONITORING_WEBHOOKS_<n>_ROUTING_KEY)");
			}
			severities = (severities != null && !severities.isEmpty()) ? Set.copyOf(severities)
					: Set.of(Severity.values());
		}

		boolean accepts(Severity severity) {
			return this.severities.contains(severity);
		}

		@Override
		public String toString() {
			return this.type + " receiver " + this.url.getHost();
		}

	}

	/**
	 * The kinds of webhook receivers.
	 */
	enum WebhookType {

		SLACK, PAGERDUTY

	}

	/**
	 * How alert messages are delivered: on a small background executor, never on a
	 * request thread.
	 *
	 * @param timeout longest one delivery attempt may take (connect and answer)
	 * @param attempts attempts per message before it is dropped with a warning
	 * @param backoff wait before the second attempt, doubled for each further one
	 * @param queueCapacity messages waiting for delivery beyond which new ones are
	 * dropped
	 */
	record Delivery(Duration timeout, Integer attempts, Duration backoff, Integer queueCapacity) {

		Delivery {
			timeout = Objects.requireNonNullElse(timeout, Duration.ofSeconds(5));
			attempts = Objects.requireNonNullElse(attempts, 3);
			backoff = Objects.requireNonNullElse(backoff, Duration.ofSeconds(2));
			queueCapacity = Objects.requireNonNullElse(queueCapacity, 100);
			if (attempts < 1 || queueCapacity < 1) {
				throw new IllegalArgumentException(
						"zimmer.monitoring.delivery: attempts and queue-capacity must be at least 1");
			}
		}

	}

}
