package ai.zimmer.loadtest.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out choices in proportion to their weights, interleaved evenly and in the same
 * order on every run, so that a short run gets exactly its share of each kind of visit
 * rather than a random draw.
 *
 * @param <T> the kind of choice
 */
public final class WeightedCycle<T> {

	private final List<T> cycle;

	private final AtomicLong position = new AtomicLong();

	public WeightedCycle(Map<T, Integer> weights) {
		if (weights.isEmpty() || weights.values().stream().anyMatch((weight) -> weight < 1)) {
			throw new IllegalArgumentException("Weights must be positive: " + weights);
		}
		this.cycle = List.copyOf(interleave(reduced(weights)));
	}

	/** True once in every {@code every} draws, spread evenly. */
	public static WeightedCycle<Boolean> oneIn(int every) {
		Map<Boolean, Integer> weights = new LinkedHashMap<>();
		weights.put(true, 1);
		if (every > 1) {
			weights.put(false, every - 1);
		}
		return new WeightedCycle<>(weights);
	}

	public T next() {
		return this.cycle.get((int) (this.position.getAndIncrement() % this.cycle.size()));
	}

	public List<T> cycle() {
		return this.cycle;
	}

	private static <T> Map<T, Integer> reduced(Map<T, Integer> weights) {
		int divisor = weights.values().stream().reduce(WeightedCycle::greatestCommonDivisor).orElse(1);
		Map<T, Integer> reduced = new LinkedHashMap<>();
		weights.forEach((choice, weight) -> reduced.put(choice, weight / divisor));
		return reduced;
	}

	/**
	 * Smooth weighted round robin: each slot goes to the choice with the most accumulated
	 * credit, which then pays the total back; heavy choices are spread out instead of
	 * bunched together.
	 */
	private static <T> List<T> interleave(Map<T, Integer> weights) {
		int total = weights.values().stream().mapToInt(Integer::intValue).sum();
		Map<T, Integer> credit = new LinkedHashMap<>();
		weights.keySet().forEach((choice) -> credit.put(choice, 0));
		List<T> order = new ArrayList<>(total);
		for (int slot = 0; slot < total; slot++) {
			weights.forEach((choice, weight) -> credit.merge(choice, weight, Integer::sum));
			T chosen = credit.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue())
				.map(Map.Entry::getKey)
				.orElseThrow();
			credit.merge(chosen, -total, Integer::sum);
			order.add(chosen);
		}
		return order;
	}

	private static int greatestCommonDivisor(int first, int second) {
		return (second == 0) ? first : greatestCommonDivisor(second, first % second);
	}

}
