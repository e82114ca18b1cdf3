package ai.zimmer.loadtest.settings;

import java.time.Duration;

/**
 * Everything a profile run needs: which profile, how much load, for how long, against
 * what, and the gates.
 *
 * @param thinkTime the mean pause of a user between two actions (each pause is drawn
 * between half and one and a half times this)
 * @param warmUpCustomers customers that walk the whole journey once before the load
 * starts, so that the first measured requests do not pay for a cold server, and that seed
 * the pool of returning customers
 */
public record LoadSettings(Profile profile, LoadModel model, int users, double rate, Duration duration,
		Duration thinkTime, SloThresholds slo, int warmUpCustomers, Target target) {

	private static final int DEFAULT_WARM_UP_CUSTOMERS = 3;

	private static final Duration DEFAULT_THINK_TIME = Duration.ofSeconds(2);

	public static LoadSettings read(SettingsReader reader) {
		Profile profile = Profile.named(reader.text("profile").orElse(Profile.SMOKE.id()));
		LoadModel model = LoadModel.named(reader.text("model").orElse(LoadModel.CLOSED.id()));
		int users = reader.positiveInteger("users", profile.defaultUsers());
		double rate = reader.decimal("rate", profile.defaultRate(users));
		Duration duration = reader.duration("duration", profile.defaultDuration());
		Duration thinkTime = reader.duration("thinkTime", DEFAULT_THINK_TIME);
		int warmUp = reader.integer("warmUp", DEFAULT_WARM_UP_CUSTOMERS);
		check(rate > 0, "-Drate=" + rate + " must be a positive number of arrivals per second");
		check(duration.toSeconds() >= 1, "-Dduration=" + Durations.format(duration) + " must be at least 1s");
		check(!thinkTime.isNegative(), "-DthinkTime must not be negative");
		check(warmUp >= 0, "-DwarmUp=" + warmUp + " must be 0 or more customers");
		return new LoadSettings(profile, model, users, rate, duration, thinkTime, readSlo(reader), warmUp,
				Target.read(reader));
	}

	public LoadShape shape() {
		double peak = (this.model == LoadModel.CLOSED) ? this.users : this.rate;
		return LoadShape.of(this.profile.shape(), peak, this.duration);
	}

	public String describe() {
		String load = (this.model == LoadModel.CLOSED) ? this.users + " users" : this.rate + " arrivals/s";
		return this.profile.id() + " (" + this.model.id() + " model, " + load + ", " + Durations.format(this.duration)
				+ ", think time " + Durations.format(this.thinkTime) + ") against " + this.target.baseUrl();
	}

	private static SloThresholds readSlo(SettingsReader reader) {
		SloThresholds defaults = SloThresholds.OPERATIONS;
		return new SloThresholds(reader.integer("p95Ms", defaults.p95Millis()),
				reader.integer("p99Ms", defaults.p99Millis()),
				reader.decimal("maxErrorPercent", defaults.maxErrorPercent()),
				reader.decimal("minRps", defaults.minRequestsPerSecond()));
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new InvalidSettingException(message);
		}
	}

}
