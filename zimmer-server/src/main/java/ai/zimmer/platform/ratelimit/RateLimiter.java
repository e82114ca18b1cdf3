package ai.zimmer.platform.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import ai.zimmer.platform.error.RetryableApiException;
import ai.zimmer.platform.jdbc.Rows;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window rate limits kept in PostgreSQL, so that every instance counts against the
 * same window: one upsert per counted event, one indexed read per check. Meant for
 * low-volume, security-relevant calls (logins, refreshes, payment starts), not for a
 * per-request ceiling.
 */
@Service
public class RateLimiter {

	private final JdbcClient jdbc;

	private final Clock clock;

	RateLimiter(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Refuses with 429 when {@code key} already has {@code limit} hits in the current
	 * window; counts nothing.
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public void check(String key, int limit, Duration window) {
		Instant now = this.clock.instant();
		Instant start = windowStart(now, window);
		int hits = this.jdbc
			.sql("select coalesce(max(hits), 0) from rate_limit_counters where key = ? and window_start = ?")
			.params(key, Rows.timestamp(start))
			.query(Integer.class)
			.single();
		if (hits >= limit) {
			throw tooMany(start.plus(window), now);
		}
	}

	/**
	 * Counts one event for {@code key}, in its own transaction so that it stays counted
	 * when the caller fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void hit(String key, Duration window) {
		count(key, window);
	}

	/**
	 * Counts one event and refuses with 429 when it goes over {@code limit}.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void acquire(String key, int limit, Duration window) {
		Instant now = this.clock.instant();
		if (count(key, window) > limit) {
			throw tooMany(windowStart(now, window).plus(window), now);
		}
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void forgetOldWindows() {
		this.jdbc.sql("delete from rate_limit_counters where window_start < ?")
			.param(Rows.timestamp(this.clock.instant().minus(Duration.ofDays(1))))
			.update();
	}

	private int count(String key, Duration window) {
		return this.jdbc.sql("insert into rate_limit_counters (key, window_start, hits) values (?, ?, 1) "
				+ "on conflict (key, window_start) do update set hits = rate_limit_counters.hits + 1 returning hits")
			.params(key, Rows.timestamp(windowStart(this.clock.instant(), window)))
			.query(Integer.class)
			.single();
	}

	private static Instant windowStart(Instant now, Duration window) {
		long size = window.toMillis();
		return Instant.ofEpochMilli(now.toEpochMilli() / size * size);
	}

	private static RetryableApiException tooMany(Instant windowEnd, Instant now) {
		Duration retryAfter = Duration.between(now, windowEnd).plusSeconds(1);
		return new RetryableApiException(HttpStatus.TOO_MANY_REQUESTS, "rate_limited",
				"Too many attempts; try again in " + retryAfter.toSeconds() + " seconds", retryAfter);
	}

}
