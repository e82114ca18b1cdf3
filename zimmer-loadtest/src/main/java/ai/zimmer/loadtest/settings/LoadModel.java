package ai.zimmer.loadtest.settings;

import java.util.Locale;

/**
 * Closed: a fixed number of concurrent users, each starting a new visit when the previous
 * one ends. Open: visits arrive at a fixed rate whatever the server does, which keeps
 * slow answers from hiding tail latency (coordinated omission).
 */
public enum LoadModel {

	CLOSED, OPEN;

	public static LoadModel named(String name) {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSettingException("-Dmodel=" + name + " is not a load model: use closed or open");
		}
	}

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
