package ai.zimmer.readiness.fake;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import ai.zimmer.readiness.http.Json;
import tools.jackson.databind.JsonNode;

/** HS256 access tokens as the fake deployment issues and verifies them. */
final class FakeTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final byte[] secret = new byte[32];

	private final Clock clock;

	FakeTokens(Clock clock) {
		this.clock = clock;
		new SecureRandom().nextBytes(this.secret);
	}

	String issue(long userId, String role, long lifetimeSeconds) {
		long now = this.clock.instant().getEpochSecond();
		String header = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
		String claims = encode(Json.write(Json.object()
			.put("sub", String.valueOf(userId))
			.put("role", role)
			.put("iat", now)
			.put("exp", now + lifetimeSeconds)));
		return header + "." + claims + "." + sign(header + "." + claims);
	}

	/**
	 * The user id of a valid token: right algorithm, right signature, not expired.
	 * @param token the presented token
	 * @return the subject, empty when the token is not valid
	 */
	Optional<Long> verify(String token) {
		String[] parts = token.split("\\.", -1);
		if (parts.length != 3 || !"HS256".equals(part(parts[0]).path("alg").asString(""))) {
			return Optional.empty();
		}
		byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		JsonNode claims = part(parts[1]);
		if (claims.path("exp").asLong(0) <= this.clock.instant().getEpochSecond()) {
			return Optional.empty();
		}
		return subject(claims);
	}

	/**
	 * The user id a token claims, believed without any verification (the flaw under
	 * test).
	 * @param token the presented token
	 * @return the claimed subject
	 */
	Optional<Long> believe(String token) {
		String[] parts = token.split("\\.", -1);
		return (parts.length == 3) ? subject(part(parts[1])) : Optional.empty();
	}

	private static Optional<Long> subject(JsonNode claims) {
		String subject = claims.path("sub").asString("");
		return subject.matches("\\d+") ? Optional.of(Long.parseLong(subject)) : Optional.empty();
	}

	private static JsonNode part(String encoded) {
		try {
			return Json.parse(new String(DECODER.decode(encoded), StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException ex) {
			return Json.object();
		}
	}

	private String sign(String content) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return ENCODER.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	private static String encode(String json) {
		return ENCODER.encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
