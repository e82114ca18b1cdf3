package ai.zimmer.loadtest.benchmark;

import ai.zimmer.loadtest.report.RequestStatistics;
import ai.zimmer.loadtest.settings.Durations;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Appends one dated row per benchmark run to a Markdown table kept in the repository, so
 * that the trend is visible release after release (operations §9).
 */
public final class BenchmarkHistory {

	static final String HEADER = """
			| Date (UTC) | Revision | Rate (req/s each) | Duration | Mixed req/s | Mixed P50 | Mixed P95 | Mixed P99 \
			| Mixed errors % | Baseline req/s | Baseline P50 | Baseline P95 | Baseline P99 | Baseline errors % \
			| req/s ratio | P50 ratio | P95 ratio | P99 ratio |
			|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
			""";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	public BenchmarkHistory(Clock clock) {
		this.clock = clock;
	}

	public void append(Path history, BenchmarkRun run, BenchmarkComparison comparison) throws IOException {
		if (!Files.exists(history)) {
			Files.writeString(history, "# Benchmark history\n\n" + HEADER, StandardCharsets.UTF_8);
		}
		Files.writeString(history, row(run, comparison), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	String row(BenchmarkRun run, BenchmarkComparison comparison) {
		return "| " + DATE.format(this.clock.instant()) + " | " + run.revision() + " | "
				+ BenchmarkComparison.decimal(run.rate()) + " | " + run.duration() + " | " + figures(comparison.mixed())
				+ " | " + figures(comparison.baseline()) + " | "
				+ BenchmarkComparison.times(comparison.throughputRatio()) + " | "
				+ BenchmarkComparison.times(comparison.p50Ratio()) + " | "
				+ BenchmarkComparison.times(comparison.p95Ratio()) + " | "
				+ BenchmarkComparison.times(comparison.p99Ratio()) + " |\n";
	}

	private static String figures(RequestStatistics row) {
		return BenchmarkComparison.decimal(row.requestsPerSecond()) + " | "
				+ BenchmarkComparison.decimal(row.p50Millis()) + " | " + BenchmarkComparison.decimal(row.p95Millis())
				+ " | " + BenchmarkComparison.decimal(row.p99Millis()) + " | "
				+ String.format(Locale.ROOT, "%.2f", row.errorPercent());
	}

	/**
	 * What was measured: the rate sent to each of the two, the duration as typed, the
	 * source revision.
	 */
	public record BenchmarkRun(double rate, String duration, String revision) {

		public static BenchmarkRun of(double rate, Duration duration, String revision) {
			return new BenchmarkRun(rate, Durations.format(duration), revision);
		}

	}

}
