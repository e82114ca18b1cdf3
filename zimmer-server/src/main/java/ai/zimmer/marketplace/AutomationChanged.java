package ai.zimmer.marketplace;

/**
 * Published when a change may alter what the marketplace shows, so that its cache is
 * evicted once the change is committed.
 */
record AutomationChanged(long automationId) {
}
