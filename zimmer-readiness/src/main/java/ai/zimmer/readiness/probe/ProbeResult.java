package ai.zimmer.readiness.probe;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the concurrent probe measured, with errors and timeouts included in the latency
 * percentiles.
 */
public final class ProbeResult {

	private final long[] sortedNanos;

	private final Map<Sample.Kind, Long> counts;

	private final Duration wallClock;

	private final int connections;

	private final List<String> targets;

	ProbeResult(List<Sample> samples, Duration wallClock, int connections, List<String> targets) {
		this.sortedNanos = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
		this.counts = new EnumMap<>(Sample.Kind.class);
		for (Sample.Kind kind : Sample.Kind.values()) {
			this.counts.put(kind, samples.stream().filter((sample) -> sample.kind() == kind).count());
		}
		this.wallClock = wallClock;
		this.connections = connections;
		this.targets = List.copyOf(targets);
	}

	public long requests() {
		return this.sortedNanos.length;
	}

	public long errors() {
		return requests() - successes();
	}

	public double errorRate() {
		return (requests() == 0) ? 1.0 : (double) errors() / requests();
	}

	/**
	 * Nearest-rank percentile of all requests, errors and timeouts included.
	 * @param percentile between 0 (exclusive) and 100
	 * @return the latency in milliseconds, or infinity when nothing was sent
	 */
	public double percentileMillis(double percentile) {
		if (requests() == 0) {
			return Double.POSITIVE_INFINITY;
		}
		int rank = (int) Math.ceil(percentile / 100.0 * this.sortedNanos.length);
		return this.sortedNanos[Math.max(rank, 1) - 1] / 1_000_000.0;
	}

	public double maxMillis() {
		return (requests() == 0) ? Double.POSITIVE_INFINITY : this.sortedNanos[this.sortedNanos.length - 1] / 1e6;
	}

	public long successes() {
		return this.counts.get(Sample.Kind.OK);
	}

	/**
	 * Successful (200) answers per second of wall-clock time; failures are fast to
	 * produce and would flatter it.
	 * @return the throughput
	 */
	public double throughput() {
		double seconds = this.wallClock.toNanos() / 1e9;
		return (seconds > 0) ? successes() / seconds : 0;
	}

	public Duration wallClock() {
		return this.wallClock;
	}

	public int connections() {
		return this.connections;
	}

	public List<String> targets() {
		return this.targets;
	}

	String errorBreakdown() {
		return Arrays.stream(Sample.Kind.values())
			.filter((kind) -> kind != Sample.Kind.OK)
			.map((kind) -> kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + this.counts.get(kind))
			.collect(Collectors.joining(", "));
	}

	String latencySummary() {
		return String.format(Locale.ROOT, "P50 %.1f ms, P95 %.1f ms, P99 %.1f ms, max %.1f ms over %d requests",
				percentileMillis(50), percentileMillis(95), percentileMillis(99), maxMillis(), requests());
	}

	String describe() {
		return String.format(Locale.ROOT,
				"%d requests in %.1f s with %d connections (%.1f successful req/s); %s; errors: %s", requests(),
				this.wallClock.toNanos() / 1e9, this.connections, throughput(), latencySummary(), errorBreakdown());
	}

}
