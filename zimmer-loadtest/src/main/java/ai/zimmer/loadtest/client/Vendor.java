package ai.zimmer.loadtest.client;

import ai.zimmer.loadtest.customer.ResourceId;

/**
 * The automation a run creates for itself, and the service token its vendor reports usage
 * with.
 */
public record Vendor(ResourceId automation, String name, String serviceToken) {

	@Override
	public String toString() {
		return "Vendor[automation=" + this.automation.text() + ", name=" + this.name + "]";
	}

}
