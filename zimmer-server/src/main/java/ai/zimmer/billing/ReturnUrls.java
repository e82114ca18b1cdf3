package ai.zimmer.billing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.web.WebProperties;

import org.springframework.stereotype.Component;

/**
 * Where a payment may send the customer's browser back to: a path on Zimmer's own origin
 * or a URL on an allowed origin, never anywhere else (no open redirects).
 */
@Component
class ReturnUrls {

	private final Set<String> allowedOrigins;

	ReturnUrls(WebProperties web) {
		this.allowedOrigins = web.returnUrlAllowedOrigins()
			.stream()
			.map(ReturnUrls::normalizeOrigin)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * @throws ApiException 422 on {@code return_url} when the URL is not allowed
	 */
	void check(String returnUrl) {
		if (returnUrl != null && !isAllowed(returnUrl)) {
			throw ApiException.invalid("return_url", "must be a relative path or a URL on an allowed origin");
		}
	}

	boolean isAllowed(String url) {
		if (url.isEmpty() || url.chars().anyMatch(ReturnUrls::isUnsafe)) {
			return false;
		}
		if (url.startsWith("/")) {
			return !url.startsWith("//");
		}
		return origin(url) != null && this.allowedOrigins.contains(origin(url));
	}

	/**
	 * The return URL with the payment's outcome added to its query.
	 */
	static String withOutcome(String returnUrl, long paymentId, PaymentStatus status) {
		int hash = returnUrl.indexOf('#');
		String base = (hash >= 0) ? returnUrl.substring(0, hash) : returnUrl;
		String fragment = (hash >= 0) ? returnUrl.substring(hash) : "";
		String separator = !base.contains("?") ? "?" : (base.endsWith("?") || base.endsWith("&")) ? "" : "&";
		return base + separator + "payment_id=" + paymentId + "&status=" + status.value() + fragment;
	}

	/**
	 * Backslashes count: browsers read {@code /\evil.example} as {@code //evil.example}.
	 */
	private static boolean isUnsafe(int character) {
		return character <= 0x20 || character == 0x7f || character == '\\';
	}

	private static String origin(String url) {
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			if (scheme == null || uri.getHost() == null || uri.getRawUserInfo() != null
					|| !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
				return null;
			}
			return normalizeOrigin(scheme + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : ""));
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	private static String normalizeOrigin(String origin) {
		String normalized = origin.trim().toLowerCase(Locale.ROOT);
		normalized = normalized.endsWith("/") ? normalized.substring(0, normalized.length() - 1) : normalized;
		if (normalized.startsWith("https://") && normalized.endsWith(":443")) {
			return normalized.substring(0, normalized.length() - 4);
		}
		if (normalized.startsWith("http://") && normalized.endsWith(":80")) {
			return normalized.substring(0, normalized.length() - 3);
		}
		return normalized;
	}

}
