package ai.zimmer.loadtest.settings;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps load on the operator's own machine unless another target is named explicitly:
 * load sent to the wrong address is an attack, not a test.
 */
public final class TargetGuard {

	private static final Pattern IPV4_LOOPBACK = Pattern.compile("127(\\.\\d{1,3}){3}");

	private TargetGuard() {
	}

	public static URI checked(String baseUrl, boolean allowRemote) {
		URI uri = baseUrl("baseUrl", baseUrl);
		if (!allowRemote && !isLoopback(uri.getHost())) {
			throw new InvalidSettingException("Refusing to send load to " + baseUrl + ": " + uri.getHost()
					+ " is not a loopback address. Use http://127.0.0.1:<port>, or name the target explicitly"
					+ " with -DallowRemote=true when you own it and mean it.");
		}
		return uri;
	}

	/**
	 * Only literal loopback hosts: {@link URI} leaves the host empty for malformed
	 * addresses such as 127.0.0.300.
	 */
	static boolean isLoopback(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.equals("[::1]") || name.equals("::1")
				|| IPV4_LOOPBACK.matcher(name).matches();
	}

	/**
	 * Reads the {@code -D<option>} base URL of a web service: scheme, host, optional port
	 * and path.
	 */
	public static URI baseUrl(String option, String text) {
		URI uri;
		try {
			uri = URI.create(text.trim());
		}
		catch (IllegalArgumentException ex) {
			throw invalid(option, text);
		}
		String scheme = uri.getScheme();
		boolean web = "http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme);
		if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw invalid(option, text);
		}
		return uri;
	}

	private static InvalidSettingException invalid(String option, String text) {
		return new InvalidSettingException("-D" + option + "=" + text
				+ " is not a usable base URL: give scheme, host and port, for example http://127.0.0.1:8000");
	}

}
