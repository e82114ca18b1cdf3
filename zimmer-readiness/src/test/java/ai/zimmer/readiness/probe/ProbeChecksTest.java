package ai.zimmer.readiness.probe;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.check.CheckContext;
import ai.zimmer.readiness.check.CheckStatus;
import ai.zimmer.readiness.fake.FakeZimmer;
import ai.zimmer.readiness.fake.Flaw;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeChecksTest {

	@Test
	void shouldPassLatencyErrorsAndThroughputAgainstAFastDeployment() {
		try (FakeZimmer zimmer = FakeZimmer.start()) {
			CheckContext context = zimmer.context();
			LoadProbe probe = new LoadProbe();

			assertThat(new ProbeLatencyCheck(probe).run(context).status()).isEqualTo(CheckStatus.PASS);
			assertThat(new ProbeErrorsCheck(probe).run(context).status()).isEqualTo(CheckStatus.PASS);
			assertThat(new ProbeThroughputCheck(probe, 100).run(context).status()).isEqualTo(CheckStatus.PASS);
			assertThat(probe.result(context).targets()).contains("GET /api/automations/marketplace",
					"GET /api/automations/7", "GET /api/user/dashboard", "GET /api/me");
			assertThat(probe.result(context).wallClock()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		}
	}

	@Test
	void latencyAndThroughputShouldFailWhenAnswersAreSlow() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.SLOW_ANSWERS)) {
			CheckContext context = FakeZimmer.context(zimmer.settings().connections(2));
			LoadProbe probe = new LoadProbe();

			assertThat(new ProbeLatencyCheck(probe).run(context).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(new ProbeThroughputCheck(probe, 100).run(context).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(probe.result(context).percentileMillis(50)).isGreaterThanOrEqualTo(300);
		}
	}

	@Test
	void errorsShouldFailWhenServerErrorsComeInBursts() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.SERVER_ERROR_BURSTS)) {
			CheckContext context = zimmer.context();
			LoadProbe probe = new LoadProbe();

			assertThat(new ProbeErrorsCheck(probe).run(context).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(probe.result(context).errorRate()).isGreaterThan(0.1);
			assertThat(new ProbeErrorsCheck(probe).run(context).observed()).contains("server error");
		}
	}

	@Test
	void timeoutsShouldCountAsErrorsAndInThePercentiles() {
		try (FakeZimmer zimmer = FakeZimmer.start(Flaw.SLOW_ANSWERS)) {
			CheckContext context = FakeZimmer
				.context(zimmer.settings().connections(2).requestTimeout(Duration.ofMillis(100)));
			LoadProbe probe = new LoadProbe();

			ProbeResult result = probe.result(context);

			assertThat(result.errorRate()).isEqualTo(1.0);
			assertThat(result.errorBreakdown()).contains("timeout " + result.requests());
			assertThat(result.percentileMillis(50)).isGreaterThanOrEqualTo(100);
			assertThat(new ProbeErrorsCheck(probe).run(context).status()).isEqualTo(CheckStatus.FAIL);
			assertThat(new ProbeLatencyCheck(probe).run(context).status()).isEqualTo(CheckStatus.FAIL);
		}
	}

}
