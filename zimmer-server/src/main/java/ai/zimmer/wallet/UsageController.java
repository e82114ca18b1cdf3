package ai.zimmer.wallet;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.json.JsonMapper;

import ai.zimmer.marketplace.ServiceTokenService;
import ai.zimmer.wallet.UsageService.UsageReport;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vendor-facing usage endpoint of the integration contract, authenticated by the
 * automation's service token.
 */
@RestController
class UsageController {

	private final ServiceTokenService serviceTokens;

	private final UsageService usage;

	private final JsonMapper json;

	UsageController(ServiceTokenService serviceTokens, UsageService usage, JsonMapper json) {
		this.serviceTokens = serviceTokens;
		this.usage = usage;
		this.json = json;
	}

	@PostMapping("/api/automation-usage/consume")
	UsageOutcome consume(@RequestHeader(name = "X-Zimmer-Service-Token", required = false) String serviceToken,
			@Valid @RequestBody ConsumeRequest request) {
		long automationId = this.serviceTokens.authenticate(serviceToken);
		String meta = (request.meta() != null) ? this.json.writeValueAsString(request.meta()) : null;
		return this.usage.consume(automationId, new UsageReport(request.userAutomationId(), request.units(),
				request.usageType(), request.requestId(), meta));
	}

	record ConsumeRequest(@NotNull @Positive Long userAutomationId, @NotNull @Positive @Max(1_000_000) Long units,
			@NotNull @Size(min = 1, max = 64) String usageType, Map<String, Object> meta,
			@Size(min = 1, max = 128) String requestId) {
	}

}
