package ai.zimmer.monitoring;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.monitoring.MonitoringProperties.Delivery;

import org.springframework.beans.factory.DisposableBean;

/**
 * Posts alert messages on one background thread with a timeout per attempt and
 * exponential back-off between attempts. The queue is bounded: when receivers are so slow
 * that it fills, new messages are dropped with a warning rather than piling up.
 */
class WebhookDelivery implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(WebhookDelivery.class);

	private final Delivery settings;

	private final HttpClient client;

	private final ScheduledExecutorService executor;

	private final AtomicInteger queued = new AtomicInteger();

	WebhookDelivery(Delivery settings) {
		this.settings = settings;
		this.client = HttpClient.newBuilder()
			.connectTimeout(settings.timeout())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		ScheduledThreadPoolExecutor threads = new ScheduledThreadPoolExecutor(1, (task) -> {
			Thread thread = new Thread(task, "zimmer-alert-delivery");
			thread.setDaemon(true);
			return thread;
		});
		threads.setRemoveOnCancelPolicy(true);
		this.executor = threads;
	}

	/**
	 * Queues a message; returns at once.
	 * @return whether it was queued
	 */
	boolean submit(String receiver, URI url, String json) {
		if (this.queued.incrementAndGet() > this.settings.queueCapacity()) {
			this.queued.decrementAndGet();
			logger.warn("Alert message to {} dropped: {} messages already wait for delivery", receiver,
					this.settings.queueCapacity());
			return false;
		}
		this.executor.execute(() -> attempt(receiver, url, json, 1));
		return true;
	}

	private void attempt(String receiver, URI url, String json, int attempt) {
		String problem = send(url, json);
		if (problem == null) {
			this.queued.decrementAndGet();
			return;
		}
		if (attempt >= this.settings.attempts()) {
			this.queued.decrementAndGet();
			logger.warn("Alert message to {} not delivered after {} attempts: {}", receiver, attempt, problem);
			return;
		}
		long delay = this.settings.backoff().toMillis() << (attempt - 1);
		this.executor.schedule(() -> attempt(receiver, url, json, attempt + 1), delay, TimeUnit.MILLISECONDS);
	}

	/**
	 * @return null when delivered, otherwise what went wrong
	 */
	private String send(URI url, String json) {
		HttpRequest request = HttpRequest.newBuilder(url)
			.timeout(this.settings.timeout())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		try {
			int status = this.client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			return (status >= 200 && status < 300) ? null : "HTTP " + status;
		}
		catch (IOException ex) {
			return ex.getClass().getSimpleName() + ": " + ex.getMessage();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "interrupted";
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
		this.client.close();
	}

}
