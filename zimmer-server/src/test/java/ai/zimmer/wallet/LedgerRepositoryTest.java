package ai.zimmer.wallet;

import java.util.Map;

import ai.zimmer.support.Api;
import ai.zimmer.support.Fixtures;
import ai.zimmer.support.Fixtures.ListedAutomation;
import ai.zimmer.support.IntegrationTest;
import ai.zimmer.wallet.LedgerRepository.Spend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wallet rules where they live: in the conditional statements, against the real
 * PostgreSQL.
 */
@IntegrationTest
class LedgerRepositoryTest {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	LedgerRepository ledger;

	ListedAutomation automation;

	long subscriptionId;

	@BeforeEach
	void setUp() {
		Api api = new Api(this.port);
		this.automation = this.fixtures.listedAutomation(10);
		String token = api.registerCustomer().text("access_token");
		this.subscriptionId = api.post("/api/user/automations", Map.of("automation_id", this.automation.id()))
			.bearer(token)
			.send()
			.expect(201)
			.number("id");
		this.ledger.creditPaid(this.subscriptionId, 10);
	}

	@Test
	void aSpendShouldTakeDemoTokensFirstThenPaidOnes() {
		Spend spend = this.ledger.spend(this.subscriptionId, this.automation.id(), 7).orElseThrow();

		assertThat(spend).isEqualTo(new Spend(5, 2, 0, 8));
	}

	@Test
	void aSpendLargerThanTheBalanceShouldChangeNothing() {
		assertThat(this.ledger.spend(this.subscriptionId, this.automation.id(), 16)).isEmpty();

		assertThat(this.ledger.spend(this.subscriptionId, this.automation.id(), 15).orElseThrow())
			.isEqualTo(new Spend(5, 10, 0, 0));
	}

	@Test
	void aSpendForAnotherAutomationOrASuspendedSubscriptionShouldFindNothing() {
		assertThat(this.ledger.spend(this.subscriptionId, this.automation.id() + 1_000_000, 1)).isEmpty();

		this.fixtures.jdbc()
			.sql("update user_automations set status = 'suspended' where id = ?")
			.param(this.subscriptionId)
			.update();

		assertThat(this.ledger.spend(this.subscriptionId, this.automation.id(), 1)).isEmpty();
	}

	@Test
	void aDebitAdjustmentShouldNeverTakePaidTokensBelowZero() {
		assertThat(this.ledger.adjustPaid(this.subscriptionId, -11)).isEmpty();
		assertThat(this.ledger.adjustPaid(this.subscriptionId, -10)).contains(0L);
	}

}
