package ai.zimmer.loadtest.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code index.html} files of real Gatling 3.15.1 runs of this module's simulations, kept
 * as test resources: a smoke run that failed its error gate (one 500 on "usage") and a
 * benchmark run with the mixed-journey group.
 */
public final class CapturedReports {

	public static final String FAILED_SMOKE = "failed-smoke";

	public static final String BENCHMARK = "benchmark";

	private CapturedReports() {
	}

	public static String html(String name) {
		try (InputStream report = CapturedReports.class.getResourceAsStream("/reports/" + name + "/index.html")) {
			if (report == null) {
				throw new IllegalStateException("No captured report " + name);
			}
			return new String(report.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Path copyTo(Path folder, String name) throws IOException {
		Files.createDirectories(folder);
		Files.writeString(folder.resolve("index.html"), html(name), StandardCharsets.UTF_8);
		return folder;
	}

}
