package ai.zimmer.loadtest.report;

import java.util.List;

/**
 * One row of a Gatling statistics table: all requests, a group, or one request type.
 * Times are in milliseconds; a value Gatling left empty is {@link Double#NaN}.
 *
 * @param name the request or group name as written in the simulation
 * @param path the names of the enclosing groups, outermost first
 * @param group whether the row aggregates a group (Gatling then reports cumulated
 * response times)
 * @param requestsPerSecond mean throughput over the run
 */
public record RequestStatistics(String name, List<String> path, boolean group, long requests, long ok, long ko,
		double errorPercent, double requestsPerSecond, double minMillis, double p50Millis, double p75Millis,
		double p95Millis, double p99Millis, double maxMillis, double meanMillis) {

	public RequestStatistics {
		path = List.copyOf(path);
	}

	/** The name with its groups, as Gatling's assertions and console print it. */
	public String qualifiedName() {
		return this.path.isEmpty() ? this.name : String.join(" / ", this.path) + " / " + this.name;
	}

}
