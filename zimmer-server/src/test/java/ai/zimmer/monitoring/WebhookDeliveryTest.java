package ai.zimmer.monitoring;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ai.zimmer.monitoring.MonitoringProperties.Delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class WebhookDeliveryTest {

	private final WebhookReceiver receiver = new WebhookReceiver();

	private final WebhookDelivery delivery = new WebhookDelivery(
			new Delivery(Duration.ofSeconds(2), 3, Duration.ofMillis(20), 2));

	@AfterEach
	void stop() {
		this.delivery.destroy();
		this.receiver.close();
	}

	@Test
	void failedAttemptsShouldBeRetriedUntilOneIsAccepted() {
		this.receiver.failNext(2);

		boolean queued = this.delivery.submit("test", this.receiver.url("/retry"), "{\"text\":\"hello\"}");

		assertThat(queued).isTrue();
		await().atMost(Duration.ofSeconds(5)).until(() -> this.receiver.delivered("/retry").size() == 1);
		assertThat(this.receiver.attempts("/retry")).isEqualTo(3);
	}

	@Test
	void messageShouldBeDroppedAfterTheLastAttempt() {
		this.receiver.failNext(10);

		this.delivery.submit("test", this.receiver.url("/failing"), "{\"text\":\"hello\"}");

		await().atMost(Duration.ofSeconds(5)).until(() -> this.receiver.attempts("/failing") == 3);
		await().during(Duration.ofMillis(200)).until(() -> this.receiver.attempts("/failing") == 3);
		assertThat(this.receiver.delivered("/failing")).isEmpty();
	}

	@Test
	void submitShouldRefuseAtOnceWhenTheQueueIsFull() {
		this.receiver.failNext(100);
		String json = "{\"text\":\"hello\"}";

		boolean first = this.delivery.submit("test", this.receiver.url("/full"), json);
		boolean second = this.delivery.submit("test", this.receiver.url("/full"), json);
		boolean third = this.delivery.submit("test", this.receiver.url("/full"), json);

		assertThat(first).isTrue();
		assertThat(second).isTrue();
		assertThat(third).isFalse();
	}

}
