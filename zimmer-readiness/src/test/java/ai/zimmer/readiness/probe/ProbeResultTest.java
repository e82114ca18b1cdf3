package ai.zimmer.readiness.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeResultTest {

	@Test
	void shouldTakeNearestRankPercentilesOverEveryRequest() {
		List<Sample> samples = new ArrayList<>();
		for (int millis = 1; millis <= 100; millis++) {
			samples.add(new Sample(Duration.ofMillis(millis).toNanos(),
					(millis > 98) ? Sample.Kind.TIMEOUT : Sample.Kind.OK));
		}

		ProbeResult result = new ProbeResult(samples, Duration.ofSeconds(2), 4, List.of("GET /x"));

		assertThat(result.percentileMillis(50)).isEqualTo(50.0);
		assertThat(result.percentileMillis(95)).isEqualTo(95.0);
		assertThat(result.percentileMillis(99)).isEqualTo(99.0);
		assertThat(result.maxMillis()).isEqualTo(100.0);
		assertThat(result.errors()).isEqualTo(2);
		assertThat(result.errorRate()).isEqualTo(0.02);
		assertThat(result.throughput()).isEqualTo(49.0);
	}

	@Test
	void shouldTreatAnEmptyProbeAsFailedEverywhere() {
		ProbeResult result = new ProbeResult(List.of(), Duration.ofSeconds(1), 1, List.of());

		assertThat(result.errorRate()).isEqualTo(1.0);
		assertThat(result.percentileMillis(95)).isInfinite();
		assertThat(result.throughput()).isZero();
	}

}
