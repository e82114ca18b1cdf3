package ai.zimmer.loadtest.simulation;

import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;

import java.util.ArrayList;
import java.util.List;

import ai.zimmer.loadtest.settings.SloThresholds;
import io.gatling.javaapi.core.Assertion;

/**
 * The SLO of operations §1 as Gatling assertions, globally and for every request type: a
 * run that breaks one fails the build.
 */
final class SloGate {

	private SloGate() {
	}

	static List<Assertion> assertions(SloThresholds slo) {
		List<Assertion> assertions = new ArrayList<>();
		assertions.add(global().responseTime().percentile(95.0).lt(slo.p95Millis()));
		assertions.add(global().responseTime().percentile(99.0).lt(slo.p99Millis()));
		assertions.add(global().failedRequests().percent().lt(slo.maxErrorPercent()));
		if (slo.hasThroughputFloor()) {
			assertions.add(global().requestsPerSec().gte(slo.minRequestsPerSecond()));
		}
		assertions.add(forAll().responseTime().percentile(95.0).lt(slo.p95Millis()));
		assertions.add(forAll().responseTime().percentile(99.0).lt(slo.p99Millis()));
		assertions.add(forAll().failedRequests().percent().lt(slo.maxErrorPercent()));
		return assertions;
	}

}
