package ai.zimmer.loadtest.client;

import ai.zimmer.loadtest.customer.ResourceId;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads identifiers out of Zimmer's answers without guessing their JSON type.
 */
final class Ids {

	private Ids() {
	}

	static ResourceId of(JsonNode node, String call) {
		if (node.isIntegralNumber()) {
			return ResourceId.of(node.numberValue());
		}
		if (node.isTextual() && !node.asText().isEmpty()) {
			return ResourceId.of(node.asText());
		}
		throw new SetupException(call + " answered no usable id: " + node);
	}

}
