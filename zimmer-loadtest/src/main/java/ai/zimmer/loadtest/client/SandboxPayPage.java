package ai.zimmer.loadtest.client;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Pay" link of the sandbox gateway's page, as a customer's browser follows it.
 */
public final class SandboxPayPage {

	private static final Pattern ANCHOR = Pattern.compile("<a\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern PAY_ID = Pattern.compile("\\bid\\s*=\\s*[\"']pay[\"']", Pattern.CASE_INSENSITIVE);

	private static final Pattern HREF = Pattern.compile("\\bhref\\s*=\\s*[\"']([^\"']+)[\"']",
			Pattern.CASE_INSENSITIVE);

	private SandboxPayPage() {
	}

	public static Optional<String> payLink(String html) {
		Matcher anchor = ANCHOR.matcher(html);
		while (anchor.find()) {
			if (PAY_ID.matcher(anchor.group()).find()) {
				Matcher href = HREF.matcher(anchor.group());
				return href.find() ? Optional.of(href.group(1).replace("&amp;", "&")) : Optional.empty();
			}
		}
		return Optional.empty();
	}

}
