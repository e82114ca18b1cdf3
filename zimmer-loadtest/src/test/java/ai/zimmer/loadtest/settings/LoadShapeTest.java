package ai.zimmer.loadtest.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LoadShapeTest {

	@Test
	void shouldRampForATenthThenHoldWhenSteady() {
		LoadShape shape = LoadShape.of(Shape.STEADY, 100, Duration.ofSeconds(20));

		assertThat(shape.steps()).containsExactly(new LoadStep(Duration.ofSeconds(2), 0, 100),
				new LoadStep(Duration.ofSeconds(18), 100, 100));
	}

	@Test
	void shouldRampAtMostAMinuteWhenSteadyRunsAreLong() {
		LoadShape shape = LoadShape.of(Shape.STEADY, 50, Duration.ofMinutes(60));

		assertThat(shape.steps().getFirst()).isEqualTo(new LoadStep(Duration.ofMinutes(1), 0, 50));
		assertThat(shape.steps().get(1)).isEqualTo(new LoadStep(Duration.ofMinutes(59), 50, 50));
	}

	@Test
	void shouldJumpFromATenthToThePeakAndBackWhenSpiking() {
		LoadShape shape = LoadShape.of(Shape.SPIKE, 500, Duration.ofMinutes(5));

		assertThat(shape.steps()).containsExactly(new LoadStep(Duration.ofSeconds(90), 50, 50),
				new LoadStep(Duration.ofSeconds(15), 50, 500), new LoadStep(Duration.ofSeconds(90), 500, 500),
				new LoadStep(Duration.ofSeconds(15), 500, 50), new LoadStep(Duration.ofSeconds(90), 50, 50));
	}

	@Test
	void shouldClimbFromOneToThePeakOverTheWholeRunWhenRamping() {
		LoadShape shape = LoadShape.of(Shape.RAMP, 1000, Duration.ofMinutes(30));

		assertThat(shape.steps()).containsExactly(new LoadStep(Duration.ofMinutes(30), 1, 1000));
	}

	@Test
	void shouldStartARampBelowOneWhenThePeakIsBelowOne() {
		LoadShape shape = LoadShape.of(Shape.RAMP, 0.4, Duration.ofSeconds(20));

		assertThat(shape.steps().getFirst().from()).isEqualTo(0.4);
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void shouldLastExactlyTheRunAndPeakAtTheGivenLevel(Shape kind) {
		Duration total = Duration.ofMillis(7_777);

		LoadShape shape = LoadShape.of(kind, 33, total);

		assertThat(shape.total()).isEqualTo(total);
		assertThat(shape.peak()).isEqualTo(33);
	}

}
