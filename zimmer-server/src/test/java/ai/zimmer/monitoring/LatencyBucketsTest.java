package ai.zimmer.monitoring;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyBucketsTest {

	@Test
	void sloBoundariesShouldBeInclusiveBucketEdges() {
		int at200 = LatencyBuckets.indexOf(TimeUnit.MILLISECONDS.toNanos(200));
		int above200 = LatencyBuckets.indexOf(TimeUnit.MILLISECONDS.toNanos(200) + 1);
		int at500 = LatencyBuckets.indexOf(TimeUnit.MILLISECONDS.toNanos(500));
		int above500 = LatencyBuckets.indexOf(TimeUnit.MILLISECONDS.toNanos(500) + 1);

		assertThat(above200).isEqualTo(at200 + 1);
		assertThat(above500).isEqualTo(at500 + 1);
	}

	@Test
	void quantilesShouldBeWithinAFewPercentOfTheTrueValues() {
		long[] counts = new long[LatencyBuckets.COUNT];
		for (int millis = 1; millis <= 1000; millis++) {
			counts[LatencyBuckets.indexOf(TimeUnit.MILLISECONDS.toNanos(millis))]++;
		}

		assertThat(LatencyBuckets.quantileMillis(counts, 0.50)).isCloseTo(500, within(25.0));
		assertThat(LatencyBuckets.quantileMillis(counts, 0.95)).isCloseTo(950, within(45.0));
		assertThat(LatencyBuckets.quantileMillis(counts, 0.99)).isCloseTo(990, within(45.0));
	}

	@Test
	void quantileOfNothingShouldBeZero() {
		assertThat(LatencyBuckets.quantileMillis(new long[LatencyBuckets.COUNT], 0.99)).isZero();
	}

	@Test
	void latencyAboveTheLastEdgeShouldLandInTheOpenBucket() {
		assertThat(LatencyBuckets.indexOf(TimeUnit.SECONDS.toNanos(600))).isEqualTo(LatencyBuckets.COUNT - 1);
	}

}
