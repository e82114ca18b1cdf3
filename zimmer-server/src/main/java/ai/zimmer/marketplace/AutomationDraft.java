package ai.zimmer.marketplace;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Everything staff set on an automation. A create request and a merge patch both end up
 * as a complete draft, so that one set of rules validates both.
 */
record AutomationDraft(@NotBlank @Size(max = 100) String name, @NotNull @Size(max = 2000) String description,
		@NotNull PricingType pricingType, @NotNull @PositiveOrZero @Max(MAX_PRICE) Long pricePerToken,
		@NotNull Boolean isActive, @NotNull Boolean isListed,
		@Size(max = MAX_URL) @Pattern(regexp = HTTP_URL, message = URL_MESSAGE) String healthCheckUrl,
		@Size(max = MAX_URL) @Pattern(regexp = HTTP_URL, message = URL_MESSAGE) String provisionUrl,
		@Size(max = MAX_URL) @Pattern(regexp = HTTP_URL, message = URL_MESSAGE) String kbStatusUrl,
		@Size(max = MAX_URL) @Pattern(regexp = HTTP_URL, message = URL_MESSAGE) String kbResetUrl) {

	static final long MAX_PRICE = 1_000_000_000_000L;

	static final int MAX_URL = 2048;

	/**
	 * An absolute http or https URL with a host and no user info, so that no credentials
	 * end up in a stored URL.
	 */
	static final String HTTP_URL = "(?i)https?://[a-z0-9\\[][a-z0-9.\\-\\[\\]:]*([/?#]\\S*)?";

	static final String URL_MESSAGE = "must be an absolute http or https URL";

	static AutomationDraft of(Automation automation) {
		return new AutomationDraft(automation.name(), automation.description(), automation.pricingType(),
				automation.pricePerToken(), automation.active(), automation.listed(), automation.healthCheckUrl(),
				automation.provisionUrl(), automation.kbStatusUrl(), automation.kbResetUrl());
	}

	AutomationDraft normalized() {
		return new AutomationDraft(this.name.trim(), this.description, this.pricingType, this.pricePerToken,
				this.isActive, this.isListed, this.healthCheckUrl, this.provisionUrl, this.kbStatusUrl,
				this.kbResetUrl);
	}

}
