package ai.zimmer.loadtest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import ai.zimmer.loadtest.report.CapturedReports;
import ai.zimmer.loadtest.report.ReportFormatException;
import ai.zimmer.loadtest.report.RequestStatistics;
import ai.zimmer.loadtest.report.StatisticsTable;
import org.junit.jupiter.api.Test;

class BenchmarkComparisonTest {

	@Test
	void shouldCompareTheMixedJourneyGroupWithTheBaselineOfTheSameRun() {
		BenchmarkComparison comparison = BenchmarkComparison
			.of(StatisticsTable.parse(CapturedReports.html(CapturedReports.BENCHMARK)));

		assertThat(comparison.mixed().name()).isEqualTo("mixed journey");
		assertThat(comparison.mixed().requests()).isEqualTo(200);
		assertThat(comparison.baseline().name()).isEqualTo("baseline");
		assertThat(comparison.throughputRatio()).isEqualTo(1.0);
	}

	@Test
	void shouldDivideEachMixedFigureByTheBaselineFigure() {
		BenchmarkComparison comparison = new BenchmarkComparison(row("mixed journey", 980, 12, 40, 90),
				row("baseline", 1000, 2, 5, 9));

		assertThat(comparison.throughputRatio()).isEqualTo(0.98);
		assertThat(comparison.p50Ratio()).isEqualTo(6.0);
		assertThat(comparison.p95Ratio()).isEqualTo(8.0);
		assertThat(comparison.p99Ratio()).isEqualTo(10.0);
	}

	@Test
	void shouldHaveNoRatioWhenTheBaselineFigureIsZero() {
		BenchmarkComparison comparison = new BenchmarkComparison(row("mixed journey", 50, 3, 8, 12),
				row("baseline", 50, 0, 1, 2));

		assertThat(comparison.p50Ratio()).isNaN();
		assertThat(BenchmarkComparison.times(comparison.p50Ratio())).isEqualTo("n/a");
	}

	@Test
	void shouldPrintBothResultsAndTheirRatios() {
		BenchmarkComparison comparison = new BenchmarkComparison(row("mixed journey", 49.5, 12, 40, 90),
				row("baseline", 50, 2, 5, 9));

		assertThat(comparison.table()).isEqualTo("""
				                            req/s   P50 ms   P95 ms   P99 ms  errors %
				mixed journey                49.5       12       40       90      0.50
				baseline                       50        2        5        9      0.50
				mixed / baseline            0.99x    6.00x    8.00x   10.00x
				""");
	}

	@Test
	void shouldSayWhichRowIsMissingWhenTheReportIsNotABenchmark() {
		assertThatExceptionOfType(ReportFormatException.class).isThrownBy(
				() -> BenchmarkComparison.of(StatisticsTable.parse(CapturedReports.html(CapturedReports.FAILED_SMOKE))))
			.withMessageContaining("'mixed journey'");
	}

	static RequestStatistics row(String name, double rps, double p50, double p95, double p99) {
		return new RequestStatistics(name, List.of(), false, 100, 99, 1, 0.5, rps, 0, p50, p50, p95, p99, p99, p50);
	}

}
