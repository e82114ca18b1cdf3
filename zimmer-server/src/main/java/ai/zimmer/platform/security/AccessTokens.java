package ai.zimmer.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/**
 * Issues the short-lived signed access tokens that Spring Security's resource server
 * verifies.
 */
public class AccessTokens {

	static final String ROLE_CLAIM = "role";

	static final String SESSION_CLAIM = "sid";

	private final JwtEncoder encoder;

	private final Clock clock;

	private final Duration ttl;

	AccessTokens(JwtEncoder encoder, Clock clock, Duration ttl) {
		this.encoder = encoder;
		this.clock = clock;
		this.ttl = ttl;
	}

	public IssuedAccessToken issue(long userId, Role role, UUID sessionId) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("zimmer")
			.subject(Long.toString(userId))
			.issuedAt(now)
			.expiresAt(now.plus(this.ttl))
			.id(UUID.randomUUID().toString())
			.claim(ROLE_CLAIM, role.value())
			.claim(SESSION_CLAIM, sessionId.toString())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new IssuedAccessToken(token, this.ttl.toSeconds());
	}

	/**
	 * A signed access token and its lifetime in seconds.
	 */
	public record IssuedAccessToken(String value, long expiresInSeconds) {
	}

}
