package ai.zimmer.integration;

import java.time.Clock;
import java.time.Instant;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.wallet.IntegrationStatus;
import ai.zimmer.wallet.Subscription;
import ai.zimmer.wallet.WalletService;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer asks the vendor to set up his instance of a subscribed automation.
 */
@RestController
class CustomerProvisionController {

	private final WalletService wallets;

	private final ProvisioningService provisioning;

	private final Clock clock;

	CustomerProvisionController(WalletService wallets, ProvisioningService provisioning, Clock clock) {
		this.wallets = wallets;
		this.provisioning = provisioning;
		this.clock = clock;
	}

	@PostMapping("/api/user/automations/{id}/provision")
	ProvisionAnswer provision(Caller caller, @PathVariable long id) {
		Subscription subscription = this.wallets.findOwn(caller, id);
		if (subscription.userId() != caller.userId()) {
			throw ApiException.notFound("Subscription");
		}
		ProvisionResult result = this.provisioning.provision(subscription.automationId(), new ProvisionRequest(
				subscription.id(), subscription.userId(), this.wallets.botToken(id), subscription.demoTokens()));
		Instant now = this.clock.instant();
		if (!result.succeeded()) {
			this.wallets.recordIntegration(id, IntegrationStatus.FAILED, now);
			throw new ApiException(HttpStatus.BAD_GATEWAY, "automation_unavailable",
					"The automation could not provision your instance: " + result.detail());
		}
		this.wallets.recordIntegration(id, IntegrationStatus.ACTIVE, now);
		return new ProvisionAnswer(IntegrationStatus.ACTIVE, now);
	}

	record ProvisionAnswer(IntegrationStatus integrationStatus, Instant provisionedAt) {
	}

}
