package ai.zimmer.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RequestRecorderTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final RequestRecorder recorder = new RequestRecorder(this.clock);

	@Test
	void windowShouldCountRequestsErrorsAndRate() {
		record(90, 10, false);
		record(10, 10, true);

		RequestTotals minute = this.recorder.window(Duration.ofMinutes(1));

		assertThat(minute.requests()).isEqualTo(100);
		assertThat(minute.errors()).isEqualTo(10);
		assertThat(minute.errorRatio()).isEqualTo(0.1);
		assertThat(minute.requestsPerSecond()).isCloseTo(100 / 60.0, within(0.001));
	}

	@Test
	void requestsShouldLeaveTheWindowWhenItSlidesPastThem() {
		record(50, 10, true);
		this.clock.advance(Duration.ofSeconds(61));
		record(5, 10, false);

		assertThat(this.recorder.window(Duration.ofMinutes(1)).requests()).isEqualTo(5);
		assertThat(this.recorder.window(Duration.ofMinutes(1)).errors()).isZero();
		assertThat(this.recorder.window(Duration.ofMinutes(5)).requests()).isEqualTo(55);
	}

	@Test
	void windowsLongerThanFiveMinutesShouldComeFromMinuteSlots() {
		record(20, 10, true);
		this.clock.advance(Duration.ofMinutes(59));
		record(80, 10, false);

		assertThat(this.recorder.window(Duration.ofMinutes(5)).requests()).isEqualTo(80);
		assertThat(this.recorder.window(Duration.ofHours(1)).requests()).isEqualTo(100);
		assertThat(this.recorder.window(Duration.ofHours(1)).errorRatio()).isEqualTo(0.2);
		this.clock.advance(Duration.ofHours(6));
		assertThat(this.recorder.window(Duration.ofHours(6)).requests()).isZero();
	}

	@Test
	void percentilesShouldFollowTheRecordedLatencies() {
		record(90, 20, false);
		record(10, 2000, false);

		RequestTotals minute = this.recorder.window(Duration.ofMinutes(1));

		assertThat(minute.percentileMillis(0.50)).isCloseTo(20, within(2.0));
		assertThat(minute.percentileMillis(0.95)).isGreaterThan(1000);
	}

	@Test
	void countersSinceStartShouldNeverForget() {
		record(3, 10, true);
		this.clock.advance(Duration.ofHours(7));
		record(2, 10, false);

		assertThat(this.recorder.requestsSinceStart()).isEqualTo(5);
		assertThat(this.recorder.errorsSinceStart()).isEqualTo(3);
	}

	private void record(int count, long millis, boolean error) {
		for (int i = 0; i < count; i++) {
			this.recorder.record(TimeUnit.MILLISECONDS.toNanos(millis), error);
		}
	}

}
