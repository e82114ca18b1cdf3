package ai.zimmer.account;

/**
 * What a successful sign-in returns: the user, a short-lived access token and the
 * session's refresh token.
 */
public record AuthTokens(UserView user, String accessToken, String tokenType, long expiresIn, String refreshToken) {
}
