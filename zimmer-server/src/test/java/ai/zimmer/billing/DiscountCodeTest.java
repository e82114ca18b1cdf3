package ai.zimmer.billing;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DiscountCodeTest {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	@Test
	void anOpenCodeShouldApply() {
		assertThat(code(true, null, null, null, null, 0, List.of()).refusal(NOW, 7, 0)).isEmpty();
	}

	@Test
	void theWindowShouldIncludeItsStartAndExcludeItsEnd() {
		DiscountCode startsNow = code(true, NOW, null, null, null, 0, List.of());
		DiscountCode endsNow = code(true, null, NOW, null, null, 0, List.of());
		DiscountCode endsLater = code(true, null, NOW.plusSeconds(1), null, null, 0, List.of());

		assertThat(startsNow.refusal(NOW, 7, 0)).isEmpty();
		assertThat(startsNow.refusal(NOW.minusSeconds(1), 7, 0)).contains(DiscountRefusal.NOT_STARTED);
		assertThat(endsNow.refusal(NOW, 7, 0)).contains(DiscountRefusal.EXPIRED);
		assertThat(endsLater.refusal(NOW, 7, 0)).isEmpty();
	}

	@Test
	void anInactiveCodeShouldBeRefusedWhateverElseHolds() {
		assertThat(code(false, null, null, null, null, 0, List.of()).refusal(NOW, 7, 0))
			.contains(DiscountRefusal.INACTIVE);
	}

	@Test
	void limitsShouldBeHonoured() {
		DiscountCode limited = code(true, null, null, 3, 1, 2, List.of());
		DiscountCode exhausted = code(true, null, null, 3, null, 3, List.of());

		assertThat(limited.refusal(NOW, 7, 0)).isEmpty();
		assertThat(limited.refusal(NOW, 7, 1)).contains(DiscountRefusal.PER_USER_LIMIT_REACHED);
		assertThat(exhausted.refusal(NOW, 7, 0)).contains(DiscountRefusal.EXHAUSTED);
	}

	@Test
	void aMappedCodeShouldApplyToItsAutomationsOnly() {
		DiscountCode mapped = code(true, null, null, null, null, 0, List.of(7L, 9L));

		assertThat(mapped.refusal(NOW, 9, 0)).isEmpty();
		assertThat(mapped.refusal(NOW, 8, 0)).contains(DiscountRefusal.NOT_APPLICABLE);
	}

	private static DiscountCode code(boolean active, Instant startsAt, Instant endsAt, Integer maxRedemptions,
			Integer perUserLimit, int redemptions, List<Long> automationIds) {
		return new DiscountCode(1, "CODE", 10, startsAt, endsAt, maxRedemptions, perUserLimit, redemptions, active,
				automationIds, NOW, NOW);
	}

}
