package ai.zimmer.loadtest.settings;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The load profiles of the operations specification (§3), plus a seconds-long smoke run
 * for CI.
 */
public enum Profile {

	SMOKE(4, Duration.ofSeconds(20), Shape.STEADY),

	NORMAL(100, Duration.ofMinutes(10), Shape.STEADY),

	SPIKE(500, Duration.ofMinutes(5), Shape.SPIKE),

	ENDURANCE(50, Duration.ofMinutes(60), Shape.STEADY),

	STRESS(1000, Duration.ofMinutes(30), Shape.RAMP);

	/**
	 * A visit of the mix lasts roughly ten seconds at the default think time, so ten
	 * users of the closed model keep about as many visits going as one arrival per second
	 * of the open model.
	 */
	private static final int USERS_PER_ARRIVAL_PER_SECOND = 10;

	private final int defaultUsers;

	private final Duration defaultDuration;

	private final Shape shape;

	Profile(int defaultUsers, Duration defaultDuration, Shape shape) {
		this.defaultUsers = defaultUsers;
		this.defaultDuration = defaultDuration;
		this.shape = shape;
	}

	public static Profile named(String name) {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSettingException("-Dprofile=" + name + " is not a profile: use one of " + ids());
		}
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public int defaultUsers() {
		return this.defaultUsers;
	}

	public Duration defaultDuration() {
		return this.defaultDuration;
	}

	public Shape shape() {
		return this.shape;
	}

	public double defaultRate(int users) {
		return (double) users / USERS_PER_ARRIVAL_PER_SECOND;
	}

	private static String ids() {
		return Arrays.stream(values()).map(Profile::id).collect(Collectors.joining(", "));
	}

}
