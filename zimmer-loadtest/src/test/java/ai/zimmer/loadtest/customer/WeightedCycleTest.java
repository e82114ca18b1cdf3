package ai.zimmer.loadtest.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WeightedCycleTest {

	@Test
	void shouldGiveEachVisitTypeExactlyItsShareOfACycle() {
		Map<VisitType, Long> counts = VisitType.mix()
			.cycle()
			.stream()
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

		assertThat(counts).containsExactlyInAnyOrderEntriesOf(
				Map.of(VisitType.VISITOR, 8L, VisitType.RETURNING_CUSTOMER, 9L, VisitType.NEW_CUSTOMER, 3L));
	}

	@Test
	void shouldSpreadTheVisitTypesEvenlyAndInTheSameOrderEveryRun() {
		String order = VisitType.mix()
			.cycle()
			.stream()
			.map((type) -> type.name().substring(0, 1))
			.collect(Collectors.joining());

		assertThat(order).isEqualTo("RVNRVRVRVRNVRVRVRNVR");
	}

	@Test
	void shouldStartOverWhenTheCycleIsUsedUp() {
		WeightedCycle<String> cycle = new WeightedCycle<>(weights("a", 2, "b", 1));

		List<String> drawn = IntStream.range(0, 6).mapToObj((index) -> cycle.next()).toList();

		assertThat(drawn).containsExactly("a", "b", "a", "a", "b", "a");
	}

	@Test
	void shouldSayYesOnceInEveryNDraws() {
		WeightedCycle<Boolean> everyThird = WeightedCycle.oneIn(3);

		List<Boolean> drawn = IntStream.range(0, 6).mapToObj((index) -> everyThird.next()).toList();

		assertThat(drawn).containsExactly(false, true, false, false, true, false);
		assertThat(WeightedCycle.oneIn(1).cycle()).containsExactly(true);
	}

	@Test
	void shouldKeepTheProportionsWhenManyThreadsDraw() {
		WeightedCycle<String> cycle = new WeightedCycle<>(weights("a", 3, "b", 1));

		Map<String, Long> counts = IntStream.range(0, 4_000)
			.parallel()
			.mapToObj((index) -> cycle.next())
			.collect(Collectors.groupingByConcurrent(Function.identity(), Collectors.counting()));

		assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of("a", 3_000L, "b", 1_000L));
	}

	@Test
	void shouldRefuseWeightsThatAreNotPositive() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WeightedCycle<>(weights("a", 1, "b", 0)))
			.withMessageContaining("positive");
		assertThatIllegalArgumentException().isThrownBy(() -> new WeightedCycle<>(Map.of()));
	}

	private static Map<String, Integer> weights(String first, int firstWeight, String second, int secondWeight) {
		Map<String, Integer> weights = new LinkedHashMap<>();
		weights.put(first, firstWeight);
		weights.put(second, secondWeight);
		return weights;
	}

}
