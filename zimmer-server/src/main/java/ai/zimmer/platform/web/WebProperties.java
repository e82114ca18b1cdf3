package ai.zimmer.platform.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * HTTP-facing settings shared by every feature.
 *
 * @param corsAllowedOrigins origins allowed to call the API from a browser (never a
 * wildcard)
 * @param maxRequestBody largest request body accepted; larger ones are answered 413
 * @param returnUrlAllowedOrigins origins a payment may redirect back to, besides relative
 * paths
 */
@ConfigurationProperties("zimmer.web")
public record WebProperties(List<String> corsAllowedOrigins, DataSize maxRequestBody,
		List<String> returnUrlAllowedOrigins) {

	public WebProperties {
		corsAllowedOrigins = (corsAllowedOrigins != null) ? List.copyOf(corsAllowedOrigins) : List.of();
		maxRequestBody = (maxRequestBody != null) ? maxRequestBody : DataSize.ofKilobytes(64);
		returnUrlAllowedOrigins = (returnUrlAllowedOrigins != null) ? List.copyOf(returnUrlAllowedOrigins) : List.of();
		if (corsAllowedOrigins.contains("*")) {
			throw new IllegalArgumentException(
					"zimmer.web.cors-allowed-origins must list origins; a wildcard is not allowed with credentials");
		}
	}

}
