package ai.zimmer.wallet;

/**
 * Units one customer used on one automation.
 */
public record AutomationUsage(long automationId, String automationName, long units) {
}
