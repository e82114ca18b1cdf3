package ai.zimmer.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * The resource samples of the last hour, for window averages and the cache hit rate.
 */
class ResourceHistory {

	static final Duration RETENTION = Duration.ofHours(1);

	private final Clock clock;

	private final Deque<ResourceSample> samples = new ArrayDeque<>();

	ResourceHistory(Clock clock) {
		this.clock = clock;
	}

	synchronized void add(ResourceSample sample) {
		this.samples.addLast(sample);
		long oldest = sample.epochMillis() - RETENTION.toMillis();
		while (!this.samples.isEmpty() && this.samples.peekFirst().epochMillis() < oldest) {
			this.samples.removeFirst();
		}
	}

	synchronized Optional<ResourceSample> latest() {
		return Optional.ofNullable(this.samples.peekLast());
	}

	/**
	 * Average of a value over the samples of the window ending now, skipping unknown
	 * values; empty when the window holds no known value.
	 */
	OptionalDouble average(Duration window, ToDoubleFunction<ResourceSample> value) {
		long from = this.clock.millis() - window.toMillis();
		return within(window).stream()
			.filter((sample) -> sample.epochMillis() > from)
			.mapToDouble(value)
			.filter((number) -> !Double.isNaN(number))
			.average();
	}

	/**
	 * Share of cache gets that hit during the window; empty without gets.
	 */
	OptionalDouble cacheHitRate(Duration window) {
		List<ResourceSample> inWindow = within(window);
		if (inWindow.size() < 2) {
			return OptionalDouble.empty();
		}
		ResourceSample first = inWindow.get(0);
		ResourceSample last = inWindow.get(inWindow.size() - 1);
		double hits = last.cacheHits() - first.cacheHits();
		double gets = hits + last.cacheMisses() - first.cacheMisses();
		return (gets > 0) ? OptionalDouble.of(hits / gets) : OptionalDouble.empty();
	}

	/**
	 * The samples of the window plus the one just before it, so that counter deltas cover
	 * the whole window.
	 */
	private synchronized List<ResourceSample> within(Duration window) {
		long from = this.clock.millis() - window.toMillis();
		List<ResourceSample> all = List.copyOf(this.samples);
		int start = 0;
		while (start < all.size() - 1 && all.get(start + 1).epochMillis() <= from) {
			start++;
		}
		return all.subList(start, all.size());
	}

}
