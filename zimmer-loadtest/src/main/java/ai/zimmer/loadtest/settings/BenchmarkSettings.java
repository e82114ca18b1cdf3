package ai.zimmer.loadtest.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The benchmark of operations §9: the mixed journey and the in-memory baseline at the
 * same arrival rate.
 *
 * @param rate requests per second sent to each of the two (so twice this reaches the
 * server)
 * @param customers customers signed up before the run whose tokens the mixed journey uses
 * @param history the Markdown file that receives one dated row per run, when given
 * @param revision the source revision measured, written next to the figures
 */
public record BenchmarkSettings(double rate, Duration duration, int customers, Optional<Path> history, String revision,
		Target target) {

	private static final double DEFAULT_RATE = 50;

	private static final Duration DEFAULT_DURATION = Duration.ofSeconds(60);

	private static final int DEFAULT_CUSTOMERS = 20;

	public static BenchmarkSettings read(SettingsReader reader) {
		double rate = reader.decimal("rate", DEFAULT_RATE);
		Duration duration = reader.duration("duration", DEFAULT_DURATION);
		if (rate <= 0) {
			throw new InvalidSettingException("-Drate=" + rate + " must be a positive number of requests per second");
		}
		if (duration.toSeconds() < 1) {
			throw new InvalidSettingException("-Dduration=" + Durations.format(duration) + " must be at least 1s");
		}
		return new BenchmarkSettings(rate, duration, reader.positiveInteger("customers", DEFAULT_CUSTOMERS),
				reader.text("history").map(Path::of), reader.text("revision").orElse("unknown"), Target.read(reader));
	}

}
