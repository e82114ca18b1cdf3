package ai.zimmer.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticsTableTest {

	private final ReportStatistics smoke = StatisticsTable.parse(CapturedReports.html(CapturedReports.FAILED_SMOKE));

	@Test
	void shouldReadTheGlobalRow() {
		RequestStatistics global = this.smoke.global();

		assertThat(global.name()).isEqualTo("All Requests");
		assertThat(global.requests()).isEqualTo(59);
		assertThat(global.ok()).isEqualTo(58);
		assertThat(global.ko()).isEqualTo(1);
		assertThat(global.errorPercent()).isEqualTo(1.69);
		assertThat(global.requestsPerSecond()).isEqualTo(2.46);
		assertThat(global.p50Millis()).isEqualTo(5);
		assertThat(global.p95Millis()).isEqualTo(81);
		assertThat(global.p99Millis()).isEqualTo(90);
		assertThat(global.maxMillis()).isEqualTo(90);
	}

	@Test
	void shouldReadOneRowPerRequestType() {
		assertThat(this.smoke.rows()).extracting(RequestStatistics::name)
			.containsExactlyInAnyOrder("marketplace", "sign-up", "automation detail", "login", "marketplace search",
					"subscribe", "provision", "payment init", "payment page", "payment callback", "usage report",
					"dashboard", "usage", "me");
		assertThat(this.smoke.rows()).allSatisfy((row) -> {
			assertThat(row.path()).isEmpty();
			assertThat(row.group()).isFalse();
		});
	}

	@Test
	void shouldReadTheFiguresOfARequestType() {
		RequestStatistics usageReport = this.smoke.row("usage report").orElseThrow();

		assertThat(usageReport).isEqualTo(
				new RequestStatistics("usage report", List.of(), false, 4, 4, 0, 0, 0.17, 2, 7, 49, 49, 49, 49, 15));
	}

	@Test
	void shouldCountTheFailedRequestsOfARequestType() {
		RequestStatistics usage = this.smoke.row("usage").orElseThrow();

		assertThat(usage.requests()).isEqualTo(3);
		assertThat(usage.ko()).isEqualTo(1);
		assertThat(usage.errorPercent()).isEqualTo(33.33);
	}

	@Test
	void shouldReadEveryGateAndWhichOnesFailed() {
		assertThat(this.smoke.assertions()).hasSize(45);
		assertThat(this.smoke.assertions()).filteredOn((assertion) -> !assertion.passed())
			.extracting(AssertionResult::description)
			.containsExactlyInAnyOrder("Global: percentage of failed events is less than 1.0",
					"usage: percentage of failed events is less than 1.0");
		assertThat(this.smoke.gatesPassed()).contains(false);
	}

	@Test
	void shouldReadTheErrors() {
		assertThat(this.smoke.errors()).containsExactly(new ErrorCount("status.find.is(200), found 500", 1, 100));
	}

	@Test
	void shouldPlaceRequestsUnderTheirGroup() {
		ReportStatistics benchmark = StatisticsTable.parse(CapturedReports.html(CapturedReports.BENCHMARK));

		RequestStatistics mixed = benchmark.row("mixed journey").orElseThrow();
		RequestStatistics dashboard = benchmark.row("mixed journey / dashboard").orElseThrow();

		assertThat(mixed.group()).isTrue();
		assertThat(mixed.requests()).isEqualTo(200);
		assertThat(mixed.p95Millis()).isEqualTo(293);
		assertThat(dashboard.path()).containsExactly("mixed journey");
		assertThat(dashboard.group()).isFalse();
		assertThat(benchmark.row("baseline")).get().extracting(RequestStatistics::requests).isEqualTo(200L);
	}

	@Test
	void shouldHaveNoVerdictWhenTheRunHadNoGates() {
		ReportStatistics benchmark = StatisticsTable.parse(CapturedReports.html(CapturedReports.BENCHMARK));

		assertThat(benchmark.assertions()).isEmpty();
		assertThat(benchmark.gatesPassed()).isEmpty();
		assertThat(benchmark.errors()).isEmpty();
	}

	@Test
	void shouldSayWhatIsMissingWhenThePageIsNotAGatlingReport() {
		assertThatExceptionOfType(ReportFormatException.class)
			.isThrownBy(() -> StatisticsTable.parse("<html><body>Whitelabel Error Page</body></html>"))
			.withMessageContaining("no statistics table");
	}

	@Test
	void shouldNameTheMissingColumnWhenPercentilesWereConfiguredDifferently() {
		String html = CapturedReports.html(CapturedReports.FAILED_SMOKE).replace("95th pct", "90th pct");

		assertThatExceptionOfType(ReportFormatException.class).isThrownBy(() -> StatisticsTable.parse(html))
			.withMessageContaining("no '95th pct' column");
	}

}
