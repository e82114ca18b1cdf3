package ai.zimmer.billing;

import java.util.List;

import ai.zimmer.platform.error.ApiException;
import ai.zimmer.platform.web.WebProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ReturnUrlsTest {

	private final ReturnUrls returnUrls = new ReturnUrls(
			new WebProperties(List.of(), null, List.of("https://shop.example/", "http://localhost:3000")));

	@ParameterizedTest
	@ValueSource(strings = { "/", "/billing/done?x=1", "https://shop.example", "https://SHOP.example:443/after",
			"http://localhost:3000/after#top" })
	void shouldAllowPathsAndListedOrigins(String url) {
		assertThat(this.returnUrls.isAllowed(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "//evil.example", "/\\evil.example", "/\tx", "https://evil.example",
			"https://shop.example.evil.example", "https://shop.example@evil.example", "http://shop.example",
			"https://shop.example:444", "http://localhost:3001", "javascript://shop.example/%0aalert(1)",
			"ftp://shop.example", "shop.example/after", "https:shop.example" })
	void shouldRefuseEverythingElse(String url) {
		assertThat(this.returnUrls.isAllowed(url)).isFalse();
	}

	@Test
	void checkShouldNameTheFieldAndAcceptNoUrl() {
		assertThatNoException().isThrownBy(() -> this.returnUrls.check(null));
		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> this.returnUrls.check("//evil.example"))
			.satisfies((ex) -> assertThat(ex.fieldProblems()).extracting("field").containsExactly("return_url"));
	}

	@Test
	void theOutcomeShouldJoinTheQueryAndKeepTheFragment() {
		assertThat(ReturnUrls.withOutcome("/done", 5, PaymentStatus.SUCCEEDED))
			.isEqualTo("/done?payment_id=5&status=succeeded");
		assertThat(ReturnUrls.withOutcome("/done?tab=a#top", 5, PaymentStatus.CANCELLED))
			.isEqualTo("/done?tab=a&payment_id=5&status=cancelled#top");
		assertThat(ReturnUrls.withOutcome("/done?", 5, PaymentStatus.FAILED))
			.isEqualTo("/done?payment_id=5&status=failed");
	}

}
