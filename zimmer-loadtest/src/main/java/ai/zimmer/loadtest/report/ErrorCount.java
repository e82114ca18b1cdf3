package ai.zimmer.loadtest.report;

/**
 * One kind of failure Gatling saw, how often, and its share of all failures. It also
 * lists requests that could not even be built, which never reach the request counts.
 */
public record ErrorCount(String message, long count, double percent) {
}
