package ai.zimmer.marketplace;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MarketplacePropertiesTest {

	@Test
	void theCacheShouldDefaultToTenMinutesWithTenPercentJitter() {
		MarketplaceProperties properties = new MarketplaceProperties(null, null, null);

		assertThat(properties.cacheTtl()).isEqualTo(Duration.ofSeconds(600));
		assertThat(properties.cacheJitter()).isEqualTo(0.1);
	}

	@Test
	void aJitterOverHalfTheTtlShouldBeRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MarketplaceProperties(null, 0.6, null))
			.withMessageContaining("zimmer.marketplace.cache-jitter");
	}

}
