package ai.zimmer.loadtest.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the report a run just wrote: Gatling names it
 * {@code <simulation in lower case>-<start timestamp>}.
 */
public final class ReportDirectory {

	private ReportDirectory() {
	}

	public static Optional<Path> newest(Path resultsFolder, String simulationName, Instant notBefore) {
		String prefix = simulationName.toLowerCase(Locale.ROOT) + "-";
		if (!Files.isDirectory(resultsFolder)) {
			return Optional.empty();
		}
		try (Stream<Path> entries = Files.list(resultsFolder)) {
			return entries.filter((entry) -> entry.getFileName().toString().startsWith(prefix))
				.filter((entry) -> Files.isRegularFile(entry.resolve("index.html")))
				.filter((entry) -> modifiedSince(entry, notBefore))
				.max(Comparator.comparing((Path entry) -> entry.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the Gatling results in " + resultsFolder, ex);
		}
	}

	private static boolean modifiedSince(Path entry, Instant notBefore) {
		try {
			return !Files.getLastModifiedTime(entry.resolve("index.html")).toInstant().isBefore(notBefore);
		}
		catch (IOException ex) {
			return false;
		}
	}

}
