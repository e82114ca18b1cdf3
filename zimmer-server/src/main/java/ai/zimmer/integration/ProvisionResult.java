package ai.zimmer.integration;

/**
 * Whether the vendor set up the customer's instance.
 *
 * @param succeeded true only when the vendor answered HTTP 200
 * @param detail what happened, fit to show to staff
 */
public record ProvisionResult(boolean succeeded, String detail) {

	static ProvisionResult failed(String detail) {
		return new ProvisionResult(false, detail);
	}

}
