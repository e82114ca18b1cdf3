package ai.zimmer.account;

/**
 * Where a sign-in came from, kept with the session for the user's own review.
 */
record ClientInfo(String userAgent, String ip) {

	ClientInfo {
		userAgent = truncate(userAgent, 512);
		ip = truncate(ip, 64);
	}

	private static String truncate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
