package ai.zimmer.marketplace;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JitteredExpiryTest {

	final JitteredExpiry expiry = new JitteredExpiry(Duration.ofSeconds(600), 0.1);

	@Test
	void everyLifetimeShouldStayWithinTenPercentOfTheTtl() {
		long min = Duration.ofSeconds(540).toNanos();
		long max = Duration.ofSeconds(660).toNanos();

		assertThat(IntStream.range(0, 10_000).mapToLong((i) -> this.expiry.expireAfterCreate("k", "v", 0)))
			.allSatisfy((lifetime) -> assertThat(lifetime).isBetween(min, max));
	}

	@Test
	void lifetimesShouldVaryFromEntryToEntry() {
		Set<Long> seconds = IntStream.range(0, 1000)
			.mapToObj((i) -> Duration.ofNanos(this.expiry.expireAfterCreate("k", "v", 0)).toSeconds())
			.collect(Collectors.toSet());

		assertThat(seconds).hasSizeGreaterThan(50);
		assertThat(seconds.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThan(560);
		assertThat(seconds.stream().mapToLong(Long::longValue).max().orElseThrow()).isGreaterThanOrEqualTo(640);
	}

	@Test
	void aReadShouldNotExtendTheLifetimeButAnUpdateShouldRenewIt() {
		assertThat(this.expiry.expireAfterRead("k", "v", 0, 1234)).isEqualTo(1234);
		assertThat(this.expiry.expireAfterUpdate("k", "v", 0, 1234)).isGreaterThan(Duration.ofSeconds(539).toNanos());
	}

	@Test
	void noJitterShouldGiveTheTtlExactly() {
		JitteredExpiry exact = new JitteredExpiry(Duration.ofSeconds(600), 0);

		assertThat(exact.expireAfterCreate("k", "v", 0)).isEqualTo(Duration.ofSeconds(600).toNanos());
	}

}
