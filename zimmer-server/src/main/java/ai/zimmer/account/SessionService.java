package ai.zimmer.account;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.ratelimit.RateLimitProperties;
import ai.zimmer.platform.ratelimit.RateLimiter;
import ai.zimmer.platform.security.AccessTokens;
import ai.zimmer.platform.security.AccessTokens.IssuedAccessToken;
import ai.zimmer.platform.security.OpaqueToken;
import ai.zimmer.platform.security.SecurityProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Sessions and their refresh tokens: every refresh rotates the secret; presenting a
 * secret that was already rotated away revokes the whole session, since only a copied
 * token can still hold it.
 */
@Service
class SessionService {

	private static final Logger logger = LoggerFactory.getLogger(SessionService.class);

	private final SessionRepository sessions;

	private final UserRepository users;

	private final AccessTokens accessTokens;

	private final SecurityProperties properties;

	private final Clock clock;

	private final RateLimiter limiter;

	private final RateLimitProperties limits;

	SessionService(SessionRepository sessions, UserRepository users, AccessTokens accessTokens,
			SecurityProperties properties, Clock clock, RateLimiter limiter, RateLimitProperties limits) {
		this.limiter = limiter;
		this.limits = limits;
		this.sessions = sessions;
		this.users = users;
		this.accessTokens = accessTokens;
		this.properties = properties;
		this.clock = clock;
	}

	AuthTokens open(User user, ClientInfo client) {
		Instant now = this.clock.instant();
		OpaqueToken refresh = OpaqueToken.generate();
		this.sessions.insert(refresh.id(), user.id(), refresh.hash(), client.userAgent(), client.ip(), now,
				now.plus(this.properties.refreshTokenTtl()));
		return tokens(user, refresh);
	}

	/**
	 * Not transactional on purpose: a detected reuse must revoke the session even though
	 * the call fails.
	 */
	AuthTokens refresh(String presented) {
		OpaqueToken token = OpaqueToken.parse(presented).orElseThrow(SessionService::invalidRefreshToken);
		this.limiter.acquire("refresh:session:" + token.id(), this.limits.refreshesPerSession(),
				this.limits.refreshWindow());
		Session session = this.sessions.findById(token.id()).orElseThrow(SessionService::invalidRefreshToken);
		Instant now = this.clock.instant();
		if (!session.usableAt(now, this.properties.sessionIdleTimeout())) {
			throw invalidRefreshToken();
		}
		if (!token.matches(session.tokenHash())) {
			revokeOnReuse(session, now);
			throw invalidRefreshToken();
		}
		User user = this.users.findById(session.userId()).orElseThrow(SessionService::invalidRefreshToken);
		if (!user.active()) {
			this.sessions.revoke(session.id(), now);
			throw AccountService.accountDisabled();
		}
		OpaqueToken next = OpaqueToken.withId(session.id());
		if (!this.sessions.rotate(session.id(), session.tokenHash(), next.hash(), now)) {
			revokeOnReuse(session, now);
			throw invalidRefreshToken();
		}
		return tokens(user, next);
	}

	void revoke(UUID sessionId) {
		this.sessions.revoke(sessionId, this.clock.instant());
	}

	void revokeAll(long userId, UUID except) {
		this.sessions.revokeAll(userId, except, this.clock.instant());
	}

	private void revokeOnReuse(Session session, Instant now) {
		logger.warn("Refresh token reuse detected for session '{}' of user {}: session revoked", session.id(),
				session.userId());
		this.sessions.revoke(session.id(), now);
	}

	private AuthTokens tokens(User user, OpaqueToken refresh) {
		IssuedAccessToken access = this.accessTokens.issue(user.id(), user.role(), refresh.id());
		return new AuthTokens(UserView.of(user), access.value(), "bearer", access.expiresInSeconds(), refresh.value());
	}

	static ApiException invalidRefreshToken() {
		return new ApiException(HttpStatus.UNAUTHORIZED, "invalid_refresh_token",
				"The refresh token is not valid; sign in again");
	}

}
