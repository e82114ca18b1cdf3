package ai.zimmer.demo;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import ai.zimmer.account.AccountService;
import ai.zimmer.account.User;
import ai.zimmer.integration.HealthProbeService;
import ai.zimmer.marketplace.Automation;
import ai.zimmer.marketplace.AutomationAdminService;
import ai.zimmer.marketplace.ServiceTokenService;
import ai.zimmer.platform.local.LocalMode;
import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.Role;
import ai.zimmer.sample.SampleAutomationServer;
import ai.zimmer.wallet.WalletService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Local-mode demo data, made once through the same services production uses: a customer,
 * three automations with different pricing served by the in-process reference automation,
 * their service tokens and first health probes, and one subscription of the demo
 * customer.
 */
@Component
@Profile(LocalMode.PROFILE)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

	static final String CUSTOMER_EMAIL = "demo@zimmer.local";

	static final String CUSTOMER_PASSWORD = "demo-password-123";

	private static final Logger logger = LoggerFactory.getLogger(DemoData.class);

	private static final List<DemoAutomation> AUTOMATIONS = List.of(
			new DemoAutomation("Support Bot", "A Telegram support bot answering from your knowledge base",
					"token_per_message", 1000),
			new DemoAutomation("Sales Assistant", "Qualifies leads in guided chat sessions", "token_per_session", 5000),
			new DemoAutomation("Daily Digest", "Summarises your channels once a day", "flat_fee", 20000));

	private final AccountService accounts;

	private final AutomationAdminService automations;

	private final ServiceTokenService serviceTokens;

	private final HealthProbeService healthProbes;

	private final WalletService wallets;

	private final SampleAutomationServer sample;

	private final JsonMapper json;

	private final String managerEmail;

	DemoData(AccountService accounts, AutomationAdminService automations, ServiceTokenService serviceTokens,
			HealthProbeService healthProbes, WalletService wallets, SampleAutomationServer sample, JsonMapper json,
			@Value("${zimmer.admin.email}") String managerEmail) {
		this.accounts = accounts;
		this.automations = automations;
		this.serviceTokens = serviceTokens;
		this.healthProbes = healthProbes;
		this.wallets = wallets;
		this.sample = sample;
		this.json = json;
		this.managerEmail = managerEmail;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.findByEmail(CUSTOMER_EMAIL).isPresent()) {
			return;
		}
		User manager = this.accounts.findByEmail(this.managerEmail).orElseThrow();
		Caller staff = new Caller(manager.id(), Role.MANAGER, UUID.randomUUID());
		long customerId = this.accounts.createUser("Demo Customer", CUSTOMER_EMAIL, CUSTOMER_PASSWORD, null,
				Role.CUSTOMER);
		List<Automation> created = AUTOMATIONS.stream().map((demo) -> create(staff, demo)).toList();
		Caller customer = new Caller(customerId, Role.CUSTOMER, UUID.randomUUID());
		this.wallets.subscribe(customer, created.get(0).id(), null);
		logger.info("Local mode: demo data created ({} automations, customer '{}')", created.size(), CUSTOMER_EMAIL);
	}

	private Automation create(Caller staff, DemoAutomation demo) {
		String base = this.sample.baseUrl();
		ObjectNode request = this.json.createObjectNode()
			.put("name", demo.name())
			.put("description", demo.description())
			.put("pricing_type", demo.pricingType())
			.put("price_per_token", demo.pricePerToken())
			.put("is_active", true)
			.put("is_listed", true)
			.put("health_check_url", base + "/health")
			.put("provision_url", base + "/provision")
			.put("kb_status_url", base + "/kb/status")
			.put("kb_reset_url", base + "/kb/reset");
		Automation automation = this.automations.create(staff, request);
		this.serviceTokens.rotate(automation.id(), staff.userId());
		return this.healthProbes.probe(automation.id(), staff.userId());
	}

	private record DemoAutomation(String name, String description, String pricingType, long pricePerToken) {
	}

}
