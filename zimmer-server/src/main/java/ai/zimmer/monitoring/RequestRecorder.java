package ai.zimmer.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;

/**
 * Keeps the server's own request history in memory: per-second slots for the last five
 * minutes and per-minute slots for the last six hours, enough for the monitoring windows
 * and the burn-rate alerts without asking an external system.
 */
class RequestRecorder {

	static final Duration FINE_HISTORY = Duration.ofMinutes(5);

	static final Duration COARSE_HISTORY = Duration.ofHours(6);

	private final Clock clock;

	private final RequestSlots seconds = new RequestSlots(1000, (int) FINE_HISTORY.toSeconds());

	private final RequestSlots minutes = new RequestSlots(60_000, (int) COARSE_HISTORY.toMinutes());

	private final LongAdder requests = new LongAdder();

	private final LongAdder errors = new LongAdder();

	RequestRecorder(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Records one completed request.
	 * @param durationNanos how long the server took
	 * @param serverError whether it failed on the server side (5xx, a timeout or an
	 * exception)
	 */
	void record(long durationNanos, boolean serverError) {
		long now = this.clock.millis();
		int bucket = LatencyBuckets.indexOf(durationNanos);
		this.seconds.record(now, bucket, serverError);
		this.minutes.record(now, bucket, serverError);
		this.requests.increment();
		if (serverError) {
			this.errors.increment();
		}
	}

	/**
	 * Totals of the window that ends now: from per-second slots up to five minutes, from
	 * per-minute slots beyond (to the minute), cut at six hours.
	 */
	RequestTotals window(Duration window) {
		long now = this.clock.millis();
		RequestSlots slots = (window.compareTo(FINE_HISTORY) <= 0) ? this.seconds : this.minutes;
		return slots.total(now, window.toMillis());
	}

	long requestsSinceStart() {
		return this.requests.sum();
	}

	long errorsSinceStart() {
		return this.errors.sum();
	}

}
