package ai.zimmer.monitoring;

import java.util.Arrays;
import java.util.List;

/**
 * Reads samples out of a Prometheus text exposition.
 */
record PrometheusScrape(String text) {

	/**
	 * Sum of every sample of a metric whose labels contain all the given
	 * {@code name="value"} pairs; 0 when there is none.
	 */
	double sum(String metric, String... labels) {
		return lines(metric, labels).stream()
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.sum();
	}

	List<String> lines(String metric, String... labels) {
		return this.text.lines()
			.filter((line) -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
			.filter((line) -> Arrays.stream(labels).allMatch(line::contains))
			.toList();
	}

}
