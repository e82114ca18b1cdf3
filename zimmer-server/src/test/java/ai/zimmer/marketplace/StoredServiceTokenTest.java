package ai.zimmer.marketplace;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import ai.zimmer.platform.security.OpaqueToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which presented service token a rotated automation accepts, and until when.
 */
class StoredServiceTokenTest {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final Instant GRACE_END = NOW.plus(Duration.ofHours(24));

	final OpaqueToken current = OpaqueToken.generate();

	final OpaqueToken previous = OpaqueToken.generate();

	@Test
	void theCurrentTokenShouldBeAcceptedAtAnyTime() {
		StoredServiceToken stored = stored(this.current);

		assertThat(stored.accepts(this.current, NOW)).isTrue();
		assertThat(stored.accepts(this.current, GRACE_END.plus(Duration.ofDays(365)))).isTrue();
	}

	@Test
	void thePreviousTokenShouldBeAcceptedInsideTheGracePeriod() {
		StoredServiceToken stored = stored(this.previous);

		assertThat(stored.accepts(this.previous, NOW)).isTrue();
		assertThat(stored.accepts(this.previous, GRACE_END.minusMillis(1))).isTrue();
	}

	@Test
	void thePreviousTokenShouldBeRefusedOnceTheGracePeriodEnded() {
		StoredServiceToken stored = stored(this.previous);

		assertThat(stored.accepts(this.previous, GRACE_END)).isFalse();
		assertThat(stored.accepts(this.previous, GRACE_END.plusSeconds(1))).isFalse();
	}

	@Test
	void aKnownIdWithAWrongSecretShouldBeRefused() {
		OpaqueToken forged = OpaqueToken.withId(this.current.id());

		assertThat(stored(forged).accepts(forged, NOW)).isFalse();
	}

	@Test
	void aPreviousTokenOfAnAutomationThatWasNeverRotatedTwiceShouldBeRefused() {
		OpaqueToken unknown = OpaqueToken.generate();
		StoredServiceToken stored = StoredServiceToken.of(unknown.id(), 1, this.current.id(), this.current.hash(), null,
				null, null, true);

		assertThat(stored.accepts(unknown, NOW)).isFalse();
	}

	private StoredServiceToken stored(OpaqueToken presented) {
		return StoredServiceToken.of(presented.id(), 1, this.current.id(), this.current.hash(), this.previous.id(),
				this.previous.hash(), GRACE_END, true);
	}

}
