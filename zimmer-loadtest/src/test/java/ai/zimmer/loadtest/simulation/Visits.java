package ai.zimmer.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.onCase;
import static io.gatling.javaapi.core.CoreDsl.pause;

import java.time.Duration;
import java.time.Instant;

import ai.zimmer.loadtest.client.RunIdentity;
import ai.zimmer.loadtest.customer.CustomerAccount;
import ai.zimmer.loadtest.customer.CustomerPool;
import ai.zimmer.loadtest.customer.ResourceId;
import ai.zimmer.loadtest.customer.VisitType;
import ai.zimmer.loadtest.customer.WeightedCycle;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

/**
 * The visits of the load profiles: each virtual user makes one visit (anonymous browsing,
 * a returning customer, or a new customer), then leaves; the closed model replaces it,
 * the open model lets visits arrive at a fixed rate. A visit stops at its first failed
 * request, as a real user gives up, and only a visit that ended cleanly hands its
 * customer back to the pool.
 */
final class Visits {

	private static final String VISIT = "visit";

	private final Requests requests;

	private final CustomerPool pool;

	private final RunIdentity run;

	private final Duration thinkTime;

	private final WeightedCycle<VisitType> mix = VisitType.mix();

	/**
	 * One returning visit in three buys tokens: often enough to load payments, well under
	 * their rate limit.
	 */
	private final WeightedCycle<Boolean> purchases = WeightedCycle.oneIn(3);

	Visits(Requests requests, CustomerPool pool, RunIdentity run, Duration thinkTime) {
		this.requests = requests;
		this.pool = pool;
		this.run = run;
		this.thinkTime = thinkTime;
	}

	ScenarioBuilder scenario() {
		return CoreDsl.scenario("visits")
			.exec(this::chooseVisit)
			.doSwitch("#{" + VISIT + "}")
			.on(onCase(VisitType.VISITOR.name()).then(visitor()),
					onCase(VisitType.RETURNING_CUSTOMER.name()).then(returningCustomer()),
					onCase(VisitType.NEW_CUSTOMER.name()).then(newCustomer()));
	}

	private Session chooseVisit(Session session) {
		VisitType type = this.mix.next();
		if (type == VisitType.RETURNING_CUSTOMER) {
			return this.pool.checkOut()
				.map((customer) -> session.set(VISIT, type.name()).set(Requests.CUSTOMER, customer))
				.orElseGet(() -> session.set(VISIT, VisitType.VISITOR.name()));
		}
		return session.set(VISIT, type.name());
	}

	private ChainBuilder visitor() {
		return exec(this.requests.marketplace()).exitHereIfFailed()
			.exec(think())
			.exec(this.requests.automationDetail())
			.exitHereIfFailed()
			.exec(think())
			.exec(this.requests.marketplaceSearch())
			.exitHereIfFailed()
			.doIf((session) -> session.getString(Requests.NEXT_CURSOR) != null)
			.then(exec(think()).exec(this.requests.marketplaceNextPage()));
	}

	private ChainBuilder returningCustomer() {
		return doIf((session) -> Requests.customer(session).needsRefresh(Instant.now()))
			.then(exec(this.requests.refresh()).exitHereIfFailed().exec(Visits::keepTokens))
			.exec(this.requests.me())
			.exitHereIfFailed()
			.exec(think())
			.exec(this.requests.dashboard())
			.exitHereIfFailed()
			.exec(think())
			.exec(this.requests.usageReport(), this.requests.usageReport())
			.exitHereIfFailed()
			.exec(think())
			.exec(this.requests.usage())
			.exitHereIfFailed()
			.doIf((session) -> this.purchases.next())
			.then(exec(think()).exec(purchase()))
			.exec(this::checkIn);
	}

	private ChainBuilder newCustomer() {
		return exec((session) -> session.set(Requests.EMAIL, this.run.nextCustomerEmail())).exec(this.requests.signUp())
			.exitHereIfFailed()
			.exec(Visits::newAccount)
			.exec(think())
			.exec(this.requests.login())
			.exitHereIfFailed()
			.exec(Visits::keepTokens)
			.exec(think())
			.exec(this.requests.marketplace(), this.requests.ownAutomationDetail())
			.exitHereIfFailed()
			.exec(think())
			.exec(this.requests.subscribe())
			.exitHereIfFailed()
			.exec(Visits::keepSubscription)
			.exec(this.requests.provision())
			.exitHereIfFailed()
			.exec(think())
			.exec(purchase())
			.exec(think())
			.exec(this.requests.usageReport(), this.requests.dashboard(), this.requests.usage())
			.exitHereIfFailed()
			.exec(this::checkIn);
	}

	/**
	 * The sandbox gateway as a browser goes through it: start, open the gateway page,
	 * follow its "Pay" link.
	 */
	private ChainBuilder purchase() {
		return exec(this.requests.paymentInit()).exitHereIfFailed()
			.exec(this.requests.paymentPage())
			.exitHereIfFailed()
			.exec(this.requests.paymentCallback())
			.exitHereIfFailed();
	}

	private ChainBuilder think() {
		if (this.thinkTime.isZero()) {
			return exec((session) -> session);
		}
		return exec(pause(this.thinkTime.dividedBy(2), this.thinkTime.multipliedBy(3).dividedBy(2)));
	}

	private Session checkIn(Session session) {
		this.pool.checkIn(Requests.customer(session));
		return session;
	}

	private static Session newAccount(Session session) {
		CustomerAccount account = new CustomerAccount(session.getString(Requests.EMAIL), RunIdentity.CUSTOMER_PASSWORD,
				null, null, Instant.EPOCH, null);
		return keepTokens(session.set(Requests.CUSTOMER, account));
	}

	private static Session keepTokens(Session session) {
		CustomerAccount customer = Requests.customer(session)
			.withTokens(session.getString(Requests.ACCESS_TOKEN), session.getString(Requests.REFRESH_TOKEN),
					Instant.now().plusSeconds(session.getLong(Requests.EXPIRES_IN)));
		return session.set(Requests.CUSTOMER, customer);
	}

	private static Session keepSubscription(Session session) {
		ResourceId subscription = session.get(Requests.SUBSCRIPTION);
		return session.set(Requests.CUSTOMER, Requests.customer(session).withSubscription(subscription));
	}

}
