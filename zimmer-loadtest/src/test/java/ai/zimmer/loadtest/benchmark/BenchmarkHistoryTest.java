package ai.zimmer.loadtest.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import ai.zimmer.loadtest.benchmark.BenchmarkHistory.BenchmarkRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkHistoryTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T18:08:30Z"), ZoneOffset.UTC);

	private static final BenchmarkRun RUN = BenchmarkRun.of(50, Duration.ofMinutes(1), "abc1234");

	private static final BenchmarkComparison COMPARISON = new BenchmarkComparison(
			BenchmarkComparisonTest.row("mixed journey", 49.5, 12, 40, 90),
			BenchmarkComparisonTest.row("baseline", 50, 2, 5, 9));

	@TempDir
	Path folder;

	@Test
	void shouldWriteOneDatedRowWithBothResultsAndTheRatios() {
		String row = new BenchmarkHistory(CLOCK).row(RUN, COMPARISON);

		assertThat(row).isEqualTo("| 2026-12-03 18:08 | abc1234 | 50 | 1m | 49.5 | 12 | 40 | 90 | 0.50 | 50 | 2 | 5 "
				+ "| 9 | 0.50 | 0.99x | 6.00x | 8.00x | 10.00x |\n");
	}

	@Test
	void shouldStartTheTableWhenTheHistoryDoesNotExistYet() throws IOException {
		Path history = this.folder.resolve("history.md");

		new BenchmarkHistory(CLOCK).append(history, RUN, COMPARISON);

		assertThat(Files.readString(history)).startsWith("# Benchmark history\n\n" + BenchmarkHistory.HEADER)
			.endsWith("10.00x |\n");
	}

	@Test
	void shouldAppendBelowTheRowsAlreadyThere() throws IOException {
		Path history = Files.writeString(this.folder.resolve("history.md"), "intro\n" + BenchmarkHistory.HEADER);

		new BenchmarkHistory(CLOCK).append(history, RUN, COMPARISON);
		new BenchmarkHistory(CLOCK).append(history, RUN, COMPARISON);

		assertThat(Files.readAllLines(history)).hasSize(5).first().isEqualTo("intro");
		assertThat(Files.readString(history)).containsOnlyOnce("| Date (UTC) |");
	}

	@Test
	void shouldHaveAsManyColumnsInEveryRowAsInTheHeader() {
		String row = new BenchmarkHistory(CLOCK).row(RUN, COMPARISON);

		long headerColumns = BenchmarkHistory.HEADER.lines()
			.findFirst()
			.orElseThrow()
			.chars()
			.filter((c) -> c == '|')
			.count();
		assertThat(row.chars().filter((c) -> c == '|').count()).isEqualTo(headerColumns);
	}

}
