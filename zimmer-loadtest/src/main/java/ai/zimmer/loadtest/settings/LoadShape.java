package ai.zimmer.loadtest.settings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The level of load over a run, as steps that the simulation turns into an injection
 * profile.
 */
public record LoadShape(List<LoadStep> steps) {

	private static final Duration LONGEST_WARM_RAMP = Duration.ofSeconds(60);

	private static final double SPIKE_BASE_SHARE = 0.1;

	public LoadShape {
		steps = List.copyOf(steps);
	}

	public static LoadShape of(Shape shape, double peak, Duration total) {
		return switch (shape) {
			case STEADY -> steady(peak, total);
			case SPIKE -> spike(peak, total);
			case RAMP -> new LoadShape(List.of(new LoadStep(total, Math.min(1, peak), peak)));
		};
	}

	public Duration total() {
		return this.steps.stream().map(LoadStep::duration).reduce(Duration.ZERO, Duration::plus);
	}

	public double peak() {
		return this.steps.stream().mapToDouble((step) -> Math.max(step.from(), step.to())).max().orElse(0);
	}

	private static LoadShape steady(double peak, Duration total) {
		Duration ramp = min(total.dividedBy(10), LONGEST_WARM_RAMP);
		return new LoadShape(List.of(new LoadStep(ramp, 0, peak), new LoadStep(total.minus(ramp), peak, peak)));
	}

	private static LoadShape spike(double peak, Duration total) {
		double base = peak * SPIKE_BASE_SHARE;
		List<Duration> parts = split(total, 0.3, 0.05, 0.3, 0.05);
		List<LoadStep> steps = new ArrayList<>();
		steps.add(new LoadStep(parts.get(0), base, base));
		steps.add(new LoadStep(parts.get(1), base, peak));
		steps.add(new LoadStep(parts.get(2), peak, peak));
		steps.add(new LoadStep(parts.get(3), peak, base));
		steps.add(new LoadStep(parts.get(4), base, base));
		return new LoadShape(steps);
	}

	/**
	 * Cuts {@code total} into the given shares and a last part holding the rest, so that
	 * the parts always add up to the total exactly.
	 */
	private static List<Duration> split(Duration total, double... shares) {
		List<Duration> parts = new ArrayList<>();
		Duration rest = total;
		for (double share : shares) {
			Duration part = Duration.ofMillis(Math.round(total.toMillis() * share));
			parts.add(part);
			rest = rest.minus(part);
		}
		parts.add(rest);
		return parts;
	}

	private static Duration min(Duration first, Duration second) {
		return (first.compareTo(second) <= 0) ? first : second;
	}

}
