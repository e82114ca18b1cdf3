package ai.zimmer.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;

import java.util.List;

import ai.zimmer.loadtest.settings.LoadShape;
import ai.zimmer.loadtest.settings.LoadStep;
import io.gatling.javaapi.core.ClosedInjectionStep;
import io.gatling.javaapi.core.OpenInjectionStep;

/**
 * Turns a load shape into Gatling injection steps: concurrent users for the closed model,
 * arrivals per second for the open one.
 */
final class Injection {

	private Injection() {
	}

	static List<ClosedInjectionStep> closed(LoadShape shape) {
		return shape.steps().stream().map(Injection::closedStep).toList();
	}

	static List<OpenInjectionStep> open(LoadShape shape) {
		return shape.steps().stream().map(Injection::openStep).toList();
	}

	private static ClosedInjectionStep closedStep(LoadStep step) {
		int from = (int) Math.round(step.from());
		int to = (int) Math.round(step.to());
		if (from == to) {
			return constantConcurrentUsers(Math.max(1, to)).during(step.duration());
		}
		return rampConcurrentUsers(from).to(to).during(step.duration());
	}

	private static OpenInjectionStep openStep(LoadStep step) {
		if (step.constant()) {
			return constantUsersPerSec(step.to()).during(step.duration());
		}
		return rampUsersPerSec(step.from()).to(step.to()).during(step.duration());
	}

}
