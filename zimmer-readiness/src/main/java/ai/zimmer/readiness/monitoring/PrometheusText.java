package ai.zimmer.readiness.monitoring;

import java.util.Optional;

/**
 * Just enough of the Prometheus text exposition format to sum a counter and find
 * histogram buckets.
 */
final class PrometheusText {

	static final String REQUEST_HISTOGRAM = "http_server_requests_seconds";

	private PrometheusText() {
	}

	/**
	 * Sums every series of a metric.
	 * @param text the exposition
	 * @param metric the sample name, such as {@code http_server_requests_seconds_count}
	 * @return the sum, empty when no series of that name exists
	 */
	static Optional<Double> sum(String text, String metric) {
		double sum = 0;
		boolean found = false;
		for (String line : text.split("\n")) {
			if (isSample(line, metric)) {
				Optional<Double> value = value(line);
				if (value.isPresent()) {
					sum += value.get();
					found = true;
				}
			}
		}
		return found ? Optional.of(sum) : Optional.empty();
	}

	static boolean hasBucket(String text, String histogram, String upperBound) {
		String bucket = histogram + "_bucket";
		String label = "le=\"" + upperBound + "\"";
		return text.lines().anyMatch((line) -> isSample(line, bucket) && line.contains(label));
	}

	private static boolean isSample(String line, String metric) {
		if (!line.startsWith(metric) || line.length() == metric.length()) {
			return false;
		}
		char next = line.charAt(metric.length());
		return next == '{' || next == ' ';
	}

	private static Optional<Double> value(String line) {
		int labelsEnd = line.lastIndexOf('}');
		String rest = (labelsEnd >= 0) ? line.substring(labelsEnd + 1) : line.substring(line.indexOf(' '));
		String[] parts = rest.trim().split("\\s+");
		try {
			return Optional.of(Double.parseDouble(parts[0]));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
