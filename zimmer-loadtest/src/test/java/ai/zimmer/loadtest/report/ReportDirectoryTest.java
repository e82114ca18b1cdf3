package ai.zimmer.loadtest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportDirectoryTest {

	private static final Instant STARTED = Instant.parse("2026-12-03T18:00:00Z");

	@TempDir
	Path results;

	@Test
	void shouldFindTheNewestReportOfTheSimulationWrittenSinceTheRunStarted() throws IOException {
		report("profilesimulation-20261203180500000", STARTED.plusSeconds(300));
		Path newest = report("profilesimulation-20261203181000000", STARTED.plusSeconds(600));
		report("benchmarksimulation-20261203182000000", STARTED.plusSeconds(1200));

		assertThat(ReportDirectory.newest(this.results, "ProfileSimulation", STARTED)).contains(newest);
	}

	@Test
	void shouldIgnoreReportsOfEarlierRuns() throws IOException {
		report("profilesimulation-20261203170000000", STARTED.minusSeconds(3600));

		assertThat(ReportDirectory.newest(this.results, "ProfileSimulation", STARTED)).isEmpty();
	}

	@Test
	void shouldIgnoreARunThatCrashedBeforeWritingItsReport() throws IOException {
		Files.createDirectories(this.results.resolve("profilesimulation-20261203181000000"));

		assertThat(ReportDirectory.newest(this.results, "ProfileSimulation", STARTED)).isEmpty();
	}

	@Test
	void shouldFindNothingWhenThereIsNoResultsFolder() {
		assertThat(ReportDirectory.newest(this.results.resolve("missing"), "ProfileSimulation", STARTED)).isEmpty();
	}

	private Path report(String name, Instant written) throws IOException {
		Path report = Files.createDirectories(this.results.resolve(name));
		Path index = Files.writeString(report.resolve("index.html"), "<html></html>");
		Files.setLastModifiedTime(index, FileTime.from(written));
		return report;
	}

}
