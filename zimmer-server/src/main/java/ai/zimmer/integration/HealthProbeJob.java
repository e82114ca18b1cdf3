package ai.zimmer.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.AutomationService;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Probes every active automation with a health URL once per interval across all Zimmer
 * instances: the lock keeps two instances from running a round at the same time, and a
 * round skips automations another instance probed within the interval.
 */
@Component
class HealthProbeJob {

	private static final Logger logger = LoggerFactory.getLogger(HealthProbeJob.class);

	private final AutomationService automations;

	private final HealthProbeService probes;

	private final IntegrationProperties properties;

	private final Clock clock;

	HealthProbeJob(AutomationService automations, HealthProbeService probes, IntegrationProperties properties,
			Clock clock) {
		this.automations = automations;
		this.probes = probes;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${zimmer.integration.health-probe-interval:60s}",
			initialDelayString = "${zimmer.integration.health-probe-interval:60s}")
	@SchedulerLock(name = "automation-health-probe", lockAtMostFor = "PT10M")
	void probeDueAutomations() {
		probeRound();
	}

	/**
	 * One round right after start-up, off the start-up thread, so that a fresh instance
	 * (local mode included) lists its healthy automations at once.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void probeAtStartUp() {
		Thread.ofVirtual().name("health-probe-start-up").start(() -> {
			try {
				probeRound();
			}
			catch (RuntimeException ex) {
				logger.warn("The start-up round of health probes failed; the scheduled rounds will retry", ex);
			}
		});
	}

	/**
	 * Probes the due automations concurrently, at most {@code health-probe-concurrency}
	 * at a time; returns when every probe has ended.
	 */
	int probeRound() {
		List<Automation> due = this.automations.dueForHealthProbe(probedBefore());
		Semaphore permits = new Semaphore(this.properties.healthProbeConcurrency());
		try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
			due.forEach((automation) -> executor.execute(() -> probeQuietly(automation, permits)));
		}
		return due.size();
	}

	/**
	 * Slightly less than one interval, so that an automation is due again by the next
	 * round of whichever instance runs it.
	 */
	private Instant probedBefore() {
		Duration interval = this.properties.healthProbeInterval();
		return this.clock.instant().minus(interval.minus(interval.dividedBy(10)));
	}

	private void probeQuietly(Automation automation, Semaphore permits) {
		try {
			permits.acquire();
			try {
				this.probes.probe(automation, null);
			}
			finally {
				permits.release();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.warn("Health probe of automation '{}' could not be completed", automation.id(), ex);
		}
	}

}
