package ai.zimmer.monitoring;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A ring of time slots (one per second or per minute), each counting requests, errors and
 * latencies. Recording is a few atomic increments; a slot is cleared when time comes back
 * round to it.
 */
final class RequestSlots {

	private static final int REQUESTS = 0;

	private static final int ERRORS = 1;

	private static final int FIRST_BUCKET = 2;

	private final long slotMillis;

	private final Slot[] slots;

	RequestSlots(long slotMillis, int slotCount) {
		this.slotMillis = slotMillis;
		this.slots = new Slot[slotCount];
		for (int i = 0; i < slotCount; i++) {
			this.slots[i] = new Slot();
		}
	}

	void record(long epochMillis, int bucket, boolean error) {
		long period = epochMillis / this.slotMillis;
		Slot slot = this.slots[(int) (period % this.slots.length)];
		if (slot.period != period && !slot.moveTo(period)) {
			return;
		}
		slot.data.incrementAndGet(REQUESTS);
		if (error) {
			slot.data.incrementAndGet(ERRORS);
		}
		slot.data.incrementAndGet(FIRST_BUCKET + bucket);
	}

	/**
	 * Adds up the slots of the periods that overlap the window ending at the given time.
	 * Windows longer than the ring are cut to the ring.
	 */
	RequestTotals total(long nowMillis, long windowMillis) {
		long newest = nowMillis / this.slotMillis;
		long periods = Math.min(this.slots.length, Math.max(1, (windowMillis + this.slotMillis - 1) / this.slotMillis));
		long oldest = newest - periods + 1;
		long requests = 0;
		long errors = 0;
		long[] latencies = new long[LatencyBuckets.COUNT];
		for (Slot slot : this.slots) {
			long period = slot.period;
			if (period >= oldest && period <= newest) {
				requests += slot.data.get(REQUESTS);
				errors += slot.data.get(ERRORS);
				for (int b = 0; b < latencies.length; b++) {
					latencies[b] += slot.data.get(FIRST_BUCKET + b);
				}
			}
		}
		return new RequestTotals(requests, errors, latencies, periods * this.slotMillis);
	}

	long longestWindowMillis() {
		return this.slots.length * this.slotMillis;
	}

	private static final class Slot {

		private volatile long period = -1;

		private final AtomicLongArray data = new AtomicLongArray(FIRST_BUCKET + LatencyBuckets.COUNT);

		/**
		 * Clears the slot for a newer period; refuses an older one (a request that was
		 * recorded so late that its slot already serves a later period).
		 */
		synchronized boolean moveTo(long newPeriod) {
			if (this.period == newPeriod) {
				return true;
			}
			if (newPeriod < this.period) {
				return false;
			}
			for (int i = 0; i < this.data.length(); i++) {
				this.data.set(i, 0);
			}
			this.period = newPeriod;
			return true;
		}

	}

}
