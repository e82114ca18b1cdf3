package ai.zimmer.integration;

/**
 * Where one call to an automation goes and the service token it carries.
 *
 * @param automationId the automation, which names its circuit
 * @param url the vendor URL configured for the call
 * @param serviceToken the automation's current service token, {@code null} when none was
 * issued yet
 */
record VendorEndpoint(long automationId, String url, String serviceToken) {

	@Override
	public String toString() {
		return "VendorEndpoint[automationId=" + this.automationId + ", url=" + this.url + "]";
	}

}
