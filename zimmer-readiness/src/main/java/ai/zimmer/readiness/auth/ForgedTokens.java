package ai.zimmer.readiness.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import ai.zimmer.readiness.http.Json;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Access tokens a server must refuse, derived from a real token when there is one so that
 * only the property under test differs (signature, algorithm, claims, expiry), and from a
 * made-up token otherwise.
 */
final class ForgedTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private static final SecureRandom RANDOM = new SecureRandom();

	private ForgedTokens() {
	}

	/**
	 * The variants to present; a {@code null} token means no Authorization header at all.
	 * @param realToken a valid access token of the test customer, when signed in
	 * @param expiredToken a genuinely signed expired token, when the operator supplied
	 * one
	 * @param now the current time, for expiry claims
	 * @return labelled variants
	 */
	static List<Variant> variants(Optional<String> realToken, Optional<String> expiredToken, Instant now) {
		Jwt base = realToken.flatMap(Jwt::parse).orElseGet(() -> Jwt.madeUp(now));
		String origin = realToken.flatMap(Jwt::parse).isPresent() ? "the customer's token" : "a made-up token";
		List<Variant> variants = new ArrayList<>();
		variants.add(new Variant("no Authorization header", null));
		variants.add(new Variant("malformed token", "not-a-jwt"));
		variants.add(new Variant("forged signature on " + origin, base.withSignature(flipped(base.signature()))));
		variants.add(new Variant("alg=none on " + origin, base.unsigned()));
		variants.add(new Variant("claims tampered (role=manager) on " + origin + ", signature kept",
				base.withClaim("role", "manager")));
		variants.add(new Variant("exp one hour ago on " + origin + ", signature kept",
				base.withClaim("exp", now.minusSeconds(3600).getEpochSecond())));
		expiredToken.ifPresent((token) -> variants.add(new Variant("operator-supplied expired token", token)));
		return variants;
	}

	/**
	 * Whether a token's {@code exp} claim lies in the past.
	 * @param token the token
	 * @param now the current time
	 * @return true when it has an exp claim before now
	 */
	static boolean expired(String token, Instant now) {
		return Jwt.parse(token)
			.map((jwt) -> jwt.claims().path("exp"))
			.filter(JsonNode::isNumber)
			.map((exp) -> exp.asLong() < now.getEpochSecond())
			.orElse(false);
	}

	private static String flipped(String signature) {
		byte[] bytes = (signature.isEmpty()) ? new byte[32] : DECODER.decode(signature);
		if (signature.isEmpty()) {
			RANDOM.nextBytes(bytes);
		}
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) ~bytes[i];
		}
		return ENCODER.encodeToString(bytes);
	}

	/**
	 * One token to present and what makes it invalid.
	 *
	 * @param label what was done to it
	 * @param token the token, or {@code null} for none
	 */
	record Variant(String label, String token) {

	}

	private record Jwt(ObjectNode header, ObjectNode claims, String signature) {

		static Optional<Jwt> parse(String token) {
			String[] parts = token.split("\\.", -1);
			if (parts.length != 3) {
				return Optional.empty();
			}
			try {
				JsonNode header = Json.parse(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8));
				JsonNode claims = Json.parse(new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8));
				if (header instanceof ObjectNode headerObject && claims instanceof ObjectNode claimsObject) {
					return Optional.of(new Jwt(headerObject, claimsObject, parts[2]));
				}
				return Optional.empty();
			}
			catch (IllegalArgumentException ex) {
				return Optional.empty();
			}
		}

		static Jwt madeUp(Instant now) {
			ObjectNode header = Json.object().put("alg", "HS256").put("typ", "JWT");
			ObjectNode claims = Json.object()
				.put("sub", "1")
				.put("iat", now.getEpochSecond())
				.put("exp", now.plusSeconds(600).getEpochSecond());
			byte[] signature = new byte[32];
			RANDOM.nextBytes(signature);
			return new Jwt(header, claims, ENCODER.encodeToString(signature));
		}

		String withSignature(String newSignature) {
			return encode(this.header) + "." + encode(this.claims) + "." + newSignature;
		}

		String unsigned() {
			ObjectNode none = this.header.deepCopy().put("alg", "none");
			return encode(none) + "." + encode(this.claims) + ".";
		}

		String withClaim(String name, String value) {
			return encode(this.header) + "." + encode(this.claims.deepCopy().put(name, value)) + "." + this.signature;
		}

		String withClaim(String name, long value) {
			return encode(this.header) + "." + encode(this.claims.deepCopy().put(name, value)) + "." + this.signature;
		}

		private static String encode(JsonNode node) {
			return ENCODER.encodeToString(Json.write(node).getBytes(StandardCharsets.UTF_8));
		}

	}

}
