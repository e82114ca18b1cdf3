package ai.zimmer.loadtest.report;

import ai.zimmer.loadtest.settings.SloThresholds;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Turns a finished Gatling report into {@code summary.json}, written next to its
 * {@code index.html}.
 */
public final class SummaryWriter {

	public static final String FILE_NAME = "summary.json";

	/**
	 * One chart point is one second on runs up to about 16 minutes; five in a row is no
	 * accident.
	 */
	private static final int KNEE_SUSTAINED_POINTS = 5;

	private SummaryWriter() {
	}

	public static RunSummary write(Path report, Map<String, Object> run, SloThresholds slo) throws IOException {
		String html = Files.readString(report.resolve("index.html"), StandardCharsets.UTF_8);
		ReportStatistics statistics = StatisticsTable.parse(html);
		RunSummary summary = new RunSummary(report, run, statistics,
				new KneeFinder(slo, KNEE_SUSTAINED_POINTS).find(html));
		Files.writeString(report.resolve(FILE_NAME), SummaryJson.write(summary), StandardCharsets.UTF_8);
		return summary;
	}

}
