package ai.zimmer.wallet;

import ai.zimmer.monitoring.BusinessMetrics;
import ai.zimmer.platform.error.ApiException;
import ai.zimmer.wallet.LedgerRepository.LedgerKind;
import ai.zimmer.wallet.LedgerRepository.Spend;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Metering of the usage vendors report: demo tokens first, then paid ones, all or
 * nothing, idempotent on the vendor's request id, atomic under any concurrency.
 */
@Service
public class UsageService {

	private final SubscriptionRepository subscriptions;

	private final LedgerRepository ledger;

	private final UsageRepository usage;

	private final BusinessMetrics metrics;

	UsageService(SubscriptionRepository subscriptions, LedgerRepository ledger, UsageRepository usage,
			BusinessMetrics metrics) {
		this.subscriptions = subscriptions;
		this.ledger = ledger;
		this.usage = usage;
		this.metrics = metrics;
	}

	/**
	 * Records a usage report of an authenticated automation.
	 * @throws ApiException 404 when the subscription does not exist for this automation
	 */
	@Transactional
	public UsageOutcome consume(long automationId, UsageReport report) {
		Subscription subscription = this.subscriptions.findForAutomation(report.userAutomationId(), automationId)
			.orElseThrow(() -> ApiException.notFound("Subscription"));
		String requestId = report.requestId();
		if (requestId != null && !this.usage.claimRequest(automationId, requestId, subscription.id())) {
			return this.usage.findOutcome(automationId, requestId).orElseThrow();
		}
		UsageOutcome outcome = spend(subscription, report);
		this.metrics.usageReported(report.units(), outcome.accepted());
		if (requestId != null) {
			this.usage.recordOutcome(automationId, requestId, outcome);
		}
		return outcome;
	}

	private UsageOutcome spend(Subscription subscription, UsageReport report) {
		if (subscription.status() != SubscriptionStatus.ACTIVE) {
			return UsageOutcome.refused(subscription.demoTokens(), subscription.paidTokens(),
					"The subscription is " + subscription.status().value());
		}
		Spend spend = this.ledger.spend(subscription.id(), subscription.automationId(), report.units()).orElse(null);
		if (spend == null) {
			Subscription current = this.subscriptions.findById(subscription.id()).orElseThrow();
			return UsageOutcome.refused(current.demoTokens(), current.paidTokens(),
					"Insufficient tokens: " + report.units() + " requested, " + current.balance() + " available");
		}
		long usageId = this.usage.insert(subscription, spend.demoUnits(), spend.paidUnits(), report.usageType(),
				report.requestId(), report.metaJson());
		this.ledger.append(subscription.id(), LedgerKind.USAGE, -spend.demoUnits(), -spend.paidUnits(), usageId);
		return UsageOutcome.accepted(spend.remainingDemo(), spend.remainingPaid());
	}

	/**
	 * A validated usage report.
	 */
	public record UsageReport(long userAutomationId, long units, String usageType, String requestId, String metaJson) {
	}

}
