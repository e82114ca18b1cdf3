package ai.zimmer.integration;

/**
 * Published when calls to an automation start failing fast, so that it is de-listed until
 * a health probe passes again.
 */
record CircuitOpened(long automationId) {
}
