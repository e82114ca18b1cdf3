package ai.zimmer.loadtest.report;

import ai.zimmer.loadtest.settings.SloThresholds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes (or rewrites) {@code summary.json} for an existing Gatling report:
 * {@code java -cp zimmer-loadtest/target/classes ai.zimmer.loadtest.report.SummaryCli <report directory>}.
 */
public final class SummaryCli {

	private SummaryCli() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1 || !Files.isRegularFile(Path.of(args[0], "index.html"))) {
			System.err.println("usage: SummaryCli <Gatling report directory containing index.html>");
			System.exit(2);
		}
		Path report = Path.of(args[0]);
		SummaryWriter.write(report, Map.of(), SloThresholds.OPERATIONS);
		System.out.println("Summary written to " + report.resolve(SummaryWriter.FILE_NAME));
	}

}
