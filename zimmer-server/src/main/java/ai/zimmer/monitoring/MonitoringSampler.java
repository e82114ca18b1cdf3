package ai.zimmer.monitoring;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Probes the dependencies and samples resource usage on a schedule, so that no request
 * ever waits for a probe. The first sample is taken at start-up, before the application
 * reports itself ready.
 */
class MonitoringSampler {

	private static final Logger logger = LoggerFactory.getLogger(MonitoringSampler.class);

	private final DatabaseProbe database;

	private final CacheProbe cache;

	private final ResourceReader resources;

	private final DependencyStatus status;

	private final ResourceHistory history;

	private final AtomicBoolean running = new AtomicBoolean();

	MonitoringSampler(DatabaseProbe database, CacheProbe cache, ResourceReader resources, DependencyStatus status,
			ResourceHistory history) {
		this.database = database;
		this.cache = cache;
		this.resources = resources;
		this.status = status;
		this.history = history;
	}

	@EventListener(ApplicationStartedEvent.class)
	void sampleAtStartUp() {
		sample();
	}

	/**
	 * Fixed rate rather than fixed delay so that the probe does not queue behind other
	 * scheduled jobs; a probe still running when the next is due is skipped.
	 */
	@Scheduled(fixedRateString = "${zimmer.monitoring.sample-interval:5s}")
	void sample() {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		try {
			probeDatabase();
			this.cache.probe().ifPresent(this.status::cache);
			this.history.add(this.resources.read());
		}
		finally {
			this.running.set(false);
		}
	}

	private void probeDatabase() {
		boolean wasReady = this.status.database().map(DatabaseCheck::ready).orElse(true);
		DatabaseCheck check = this.database.probe();
		this.status.database(check);
		if (wasReady && !check.ready()) {
			logger.warn("Database probe failed after {} ms: {}", check.connection().roundTripMillis(),
					check.connection().problem());
		}
		else if (!wasReady && check.ready()) {
			logger.info("Database probe succeeded again ({} ms)", check.connection().roundTripMillis());
		}
	}

}
