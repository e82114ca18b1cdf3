package ai.zimmer.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import ai.zimmer.loadtest.settings.SloThresholds;
import org.junit.jupiter.api.Test;

class KneeFinderTest {

	private static final long START = 1_796_321_438_000L;

	private final KneeFinder finder = new KneeFinder(SloThresholds.OPERATIONS, 3);

	@Test
	void shouldFindTheFirstMomentFromWhichTheSloStaysBroken() {
		String html = report(new int[] { 50, 80, 120, 190, 210, 260, 400, 500 }, new int[] { 90, 90, 90, 90, 90, 90 },
				new int[] { 100, 200, 300, 400, 420, 430, 430, 430 }, new int[8]);

		Knee knee = this.finder.find(html).orElseThrow();

		assertThat(knee).isEqualTo(new Knee(4, 50, 420, 210, 90, 0, 400));
	}

	@Test
	void shouldNotCallOneSlowMomentAKnee() {
		String html = report(new int[] { 50, 900, 50, 50, 950, 50, 50 }, new int[7],
				new int[] { 10, 10, 10, 10, 10, 10, 10 }, new int[7]);

		assertThat(this.finder.find(html)).isEmpty();
	}

	@Test
	void shouldCountFailuresAsABreakToo() {
		String html = report(new int[6], new int[6], new int[] { 100, 100, 100, 100, 100, 100 },
				new int[] { 0, 0, 1, 2, 5, 9 });

		Knee knee = this.finder.find(html).orElseThrow();

		assertThat(knee.offsetSeconds()).isEqualTo(2);
		assertThat(knee.errorPercent()).isEqualTo(1.0);
	}

	@Test
	void shouldCountTheP99Too() {
		String html = report(new int[] { 100, 100, 100, 100 }, new int[] { 400, 500, 600, 700 },
				new int[] { 5, 5, 5, 5 }, new int[4]);

		assertThat(this.finder.find(html)).map(Knee::offsetSeconds).contains(1L);
	}

	@Test
	void shouldFindNoKneeInTheCapturedSmokeRunWhoseOnlyFailureWasASingleMoment() {
		assertThat(this.finder.find(CapturedReports.html(CapturedReports.FAILED_SMOKE))).isEmpty();
	}

	@Test
	void shouldFindAKneeInTheCapturedSmokeRunWhenTheGatesAreTightEnough() {
		KneeFinder strict = new KneeFinder(new SloThresholds(1, 500, 100, 0), 3);

		assertThat(strict.find(CapturedReports.html(CapturedReports.FAILED_SMOKE))).isPresent();
	}

	@Test
	void shouldFindNoKneeWhenTheReportHasNoCharts() {
		assertThat(this.finder.find("<html></html>")).isEmpty();
	}

	/**
	 * Charts in the layout Gatling 3.15 writes; the users series has one user more every
	 * moment.
	 */
	private static String report(int[] p95, int[] p99, int[] responses, int[] failures) {
		return chart("ResponseTimeContainerId", series("95%", p95) + series("99%", p99))
				+ chart("MaxConcurrentUsersContainerId",
						"{\ncolor: '#FFA900',\nname: 'All users',\ndata: [\n  " + points(users(responses.length), "],[")
								+ "\n],\n}")
				+ chart("ResponsesContainerId",
						series("All", responses) + series("OK", responses) + series("KO", failures));
	}

	private static String chart(String container, String series) {
		return "new Highcharts.StockChart({\n  chart: {\n    renderTo: '" + container + "',\n  },\n  series: [\n"
				+ series + "  ]\n});\n";
	}

	private static String series(String name, int[] values) {
		return "{\npointInterval: 1000,\nname: '" + name + "',\ndata: [" + points(values, "], [")
				+ "],\ntooltip: { yDecimals: 0, ySuffix: 'ms' },\n},\n";
	}

	private static String points(int[] values, String separator) {
		return IntStream.range(0, values.length)
			.mapToObj((index) -> (START + index * 1000L) + ", " + values[index])
			.collect(Collectors.joining(separator, "[", "]"));
	}

	private static int[] users(int length) {
		return IntStream.rangeClosed(46, 45 + length).toArray();
	}

}
