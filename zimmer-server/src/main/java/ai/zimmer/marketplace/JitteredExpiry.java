package ai.zimmer.marketplace;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Gives every cache entry its own lifetime within {@code ttl ± jitter}, so that entries
 * filled at the same moment do not expire together and send a burst of reads to the
 * database.
 */
final class JitteredExpiry implements Expiry<Object, Object> {

	private final long ttlNanos;

	private final double jitter;

	JitteredExpiry(Duration ttl, double jitter) {
		this.ttlNanos = ttl.toNanos();
		this.jitter = jitter;
	}

	@Override
	public long expireAfterCreate(Object key, Object value, long currentTime) {
		return lifetime();
	}

	@Override
	public long expireAfterUpdate(Object key, Object value, long currentTime, long currentDuration) {
		return lifetime();
	}

	@Override
	public long expireAfterRead(Object key, Object value, long currentTime, long currentDuration) {
		return currentDuration;
	}

	long lifetime() {
		double factor = 1 + ThreadLocalRandom.current().nextDouble(-this.jitter, Math.nextUp(this.jitter));
		return (long) (this.ttlNanos * factor);
	}

}
