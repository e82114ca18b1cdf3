package ai.zimmer.loadtest.benchmark;

import ai.zimmer.loadtest.report.ReportFormatException;
import ai.zimmer.loadtest.report.ReportStatistics;
import ai.zimmer.loadtest.report.RequestStatistics;

import java.util.Locale;

/**
 * The mixed journey next to the baseline measured in the same run, and their ratios: the
 * ratios stay meaningful on a noisy machine where the absolute figures do not.
 */
public record BenchmarkComparison(RequestStatistics mixed, RequestStatistics baseline) {

	/**
	 * The group every mixed-journey request runs in, so that Gatling reports the mix as
	 * one row.
	 */
	public static final String MIXED_JOURNEY = "mixed journey";

	/** The request name of the in-memory baseline endpoint. */
	public static final String BASELINE = "baseline";

	public static BenchmarkComparison of(ReportStatistics statistics) {
		RequestStatistics mixed = statistics.row(MIXED_JOURNEY)
			.orElseThrow(() -> new ReportFormatException("The report has no '" + MIXED_JOURNEY + "' group row"));
		RequestStatistics baseline = statistics.row(BASELINE)
			.orElseThrow(() -> new ReportFormatException("The report has no '" + BASELINE + "' request row"));
		return new BenchmarkComparison(mixed, baseline);
	}

	public double throughputRatio() {
		return ratio(this.mixed.requestsPerSecond(), this.baseline.requestsPerSecond());
	}

	public double p50Ratio() {
		return ratio(this.mixed.p50Millis(), this.baseline.p50Millis());
	}

	public double p95Ratio() {
		return ratio(this.mixed.p95Millis(), this.baseline.p95Millis());
	}

	public double p99Ratio() {
		return ratio(this.mixed.p99Millis(), this.baseline.p99Millis());
	}

	/** A console table of both results and their ratios. */
	public String table() {
		String format = "%-22s %10s %8s %8s %8s %9s%n";
		return String.format(Locale.ROOT, format, "", "req/s", "P50 ms", "P95 ms", "P99 ms", "errors %")
				+ line(format, MIXED_JOURNEY, this.mixed) + line(format, BASELINE, this.baseline)
				+ String.format(Locale.ROOT, "%-22s %10s %8s %8s %8s%n", "mixed / baseline", times(throughputRatio()),
						times(p50Ratio()), times(p95Ratio()), times(p99Ratio()));
	}

	static String times(double ratio) {
		return Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2fx", ratio);
	}

	private static String line(String format, String name, RequestStatistics row) {
		return String.format(Locale.ROOT, format, name, decimal(row.requestsPerSecond()), decimal(row.p50Millis()),
				decimal(row.p95Millis()), decimal(row.p99Millis()),
				String.format(Locale.ROOT, "%.2f", row.errorPercent()));
	}

	static String decimal(double value) {
		if (Double.isNaN(value)) {
			return "-";
		}
		return (value == Math.rint(value)) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
	}

	private static double ratio(double numerator, double denominator) {
		return (denominator > 0 && !Double.isNaN(numerator)) ? numerator / denominator : Double.NaN;
	}

}
