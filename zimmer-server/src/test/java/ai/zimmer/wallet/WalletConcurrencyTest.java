package ai.zimmer.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ai.zimmer.platform.security.Caller;
import ai.zimmer.platform.security.Role;
import ai.zimmer.support.Api;
import ai.zimmer.support.Api.Reply;
import ai.zimmer.support.Fixtures;
import ai.zimmer.support.Fixtures.ListedAutomation;
import ai.zimmer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class WalletConcurrencyTest {

	private static final int REPORTS = 200;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AdjustmentService adjustments;

	Api api;

	ListedAutomation automation;

	long subscriptionId;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.automation = this.fixtures.listedAutomation(1000);
		String token = this.api.registerCustomer().text("access_token");
		this.subscriptionId = this.api.post("/api/user/automations", Map.of("automation_id", this.automation.id()))
			.bearer(token)
			.send()
			.expect(201)
			.number("id");
		Caller staff = new Caller(this.fixtures.staffUser(Role.MANAGER), Role.MANAGER, UUID.randomUUID());
		this.adjustments.adjust(staff,
				new TokenAdjustment(this.subscriptionId, 100, "test", null, null, UUID.randomUUID().toString()));
	}

	@Test
	void parallelReportsShouldSpendExactlyTheBalanceAndNeverGoNegative() throws Exception {
		List<Reply> replies = inParallel(REPORTS, (index) -> consume(UUID.randomUUID().toString()));

		long accepted = replies.stream().filter((reply) -> reply.json().path("accepted").asBoolean()).count();
		assertThat(replies).allSatisfy((reply) -> assertThat(reply.status()).isEqualTo(200));
		assertThat(accepted).isEqualTo(105);
		assertThat(balances()).containsExactly(0L, 0L);
		assertThat(ledgerSums()).containsExactly(0L, 0L);
		assertThat(usageRows()).isEqualTo(105);
	}

	@Test
	void concurrentReplaysOfOneRequestIdShouldSpendOnce() throws Exception {
		String requestId = UUID.randomUUID().toString();

		List<Reply> replies = inParallel(40, (index) -> consume(requestId));

		assertThat(replies).allSatisfy((reply) -> {
			assertThat(reply.status()).isEqualTo(200);
			assertThat(reply.json().path("accepted").asBoolean()).isTrue();
		});
		assertThat(balances()).containsExactly(4L, 100L);
		assertThat(ledgerSums()).containsExactly(4L, 100L);
		assertThat(usageRows()).isEqualTo(1);
	}

	private Reply consume(String requestId) {
		return this.api
			.post("/api/automation-usage/consume", Map.of("user_automation_id", this.subscriptionId, "units", 1,
					"usage_type", "message", "request_id", requestId))
			.header("X-Zimmer-Service-Token", this.automation.serviceToken())
			.send();
	}

	private static List<Reply> inParallel(int count, java.util.function.IntFunction<Reply> call) throws Exception {
		try (ExecutorService executor = Executors.newFixedThreadPool(16)) {
			List<Future<Reply>> futures = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				int index = i;
				futures.add(executor.submit(() -> call.apply(index)));
			}
			List<Reply> replies = new ArrayList<>();
			for (Future<Reply> future : futures) {
				replies.add(future.get());
			}
			return replies;
		}
	}

	private List<Long> balances() {
		return this.fixtures.jdbc()
			.sql("select demo_tokens, paid_tokens from user_automations where id = ?")
			.param(this.subscriptionId)
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private List<Long> ledgerSums() {
		return this.fixtures.jdbc()
			.sql("select sum(demo_delta), sum(paid_delta) from wallet_ledger where user_automation_id = ?")
			.param(this.subscriptionId)
			.query((rs, row) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	private long usageRows() {
		return this.fixtures.jdbc()
			.sql("select count(*) from token_usage where user_automation_id = ?")
			.param(this.subscriptionId)
			.query(Long.class)
			.single();
	}

}
