package ai.zimmer.readiness.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import ai.zimmer.readiness.http.Json;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ForgedTokensTest {

	private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

	private static final String REAL = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
			+ encode("{\"sub\":\"1\",\"exp\":" + NOW.plusSeconds(900).getEpochSecond() + "}") + ".c2lnbmF0dXJl";

	@Test
	void shouldDeriveEveryVariantFromTheRealTokenChangingOneProperty() {
		List<ForgedTokens.Variant> variants = ForgedTokens.variants(Optional.of(REAL), Optional.empty(), NOW);

		assertThat(variants).extracting(ForgedTokens.Variant::label)
			.containsExactly("no Authorization header", "malformed token", "forged signature on the customer's token",
					"alg=none on the customer's token",
					"claims tampered (role=manager) on the customer's token, signature kept",
					"exp one hour ago on the customer's token, signature kept");
		assertThat(variants.get(0).token()).isNull();
		assertThat(variants.get(2).token()).startsWith(REAL.substring(0, REAL.lastIndexOf('.') + 1)).isNotEqualTo(REAL);
		assertThat(part(variants.get(3).token(), 0).path("alg").asString()).isEqualTo("none");
		assertThat(variants.get(3).token()).endsWith(".");
		assertThat(part(variants.get(4).token(), 1).path("role").asString()).isEqualTo("manager");
		assertThat(part(variants.get(5).token(), 1).path("exp").asLong()).isLessThan(NOW.getEpochSecond());
		assertThat(variants.get(5).token()).endsWith(".c2lnbmF0dXJl");
	}

	@Test
	void shouldMakeUpATokenWhenTheRealOneIsNotAJwt() {
		List<ForgedTokens.Variant> variants = ForgedTokens.variants(Optional.of("opaque"), Optional.of(REAL), NOW);

		assertThat(variants).hasSize(7);
		assertThat(variants.get(2).label()).contains("a made-up token");
		assertThat(variants.get(6).token()).isEqualTo(REAL);
	}

	@Test
	void shouldTellExpiredTokensByTheirExpClaim() {
		assertThat(ForgedTokens.expired(REAL, NOW)).isFalse();
		assertThat(ForgedTokens.expired(REAL, NOW.plusSeconds(901))).isTrue();
		assertThat(ForgedTokens.expired("not-a-jwt", NOW)).isFalse();
	}

	private static String encode(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static JsonNode part(String token, int index) {
		return Json
			.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.", -1)[index]), StandardCharsets.UTF_8));
	}

}
