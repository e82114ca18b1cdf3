package ai.zimmer.loadtest.report;

/**
 * One gate of a run, as Gatling evaluated it.
 */
public record AssertionResult(String description, boolean passed) {
}
